package io.eparwatch.alert;

import io.eparwatch.alert.Delivery.State;
import io.eparwatch.alert.DeliveryChannel.Failed;
import io.eparwatch.alert.DeliveryChannel.Result;
import io.eparwatch.config.EparWatchConfig;
import io.quarkus.arc.All;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * Sends the due deliveries of the outbox, one at a time: claim it and count the attempt
 * (committed), send it through its channel outside any transaction, record the result (committed).
 * A crash after sending leaves a recorded attempt under a claim that expires, so the delivery is
 * sent again with the same identity, never dropped; the receiver recognises the repeat. Runs every
 * {@code eparwatch.alerts.outbox-interval} from start-up on, so a restarted instance sends what is
 * due at once.
 */
@ApplicationScoped
public class OutboxWorker {

  private static final Logger LOG = Logger.getLogger(OutboxWorker.class);
  private static final int PAGE = 100;
  private static final Duration MIN_LEASE = Duration.ofMinutes(5);

  private final OutboxLedger ledger;
  private final Map<Delivery.Kind, DeliveryChannel> channels = new EnumMap<>(Delivery.Kind.class);
  private final Set<Delivery.Kind> reportedWithoutChannel = ConcurrentHashMap.newKeySet();
  private final RetrySchedule retries;
  private final Duration lease;
  private final Clock clock;
  private final String instance = "outbox-" + UUID.randomUUID();

  public OutboxWorker(
      OutboxLedger ledger,
      @All List<DeliveryChannel> channels,
      EparWatchConfig config,
      Clock clock) {
    this.ledger = ledger;
    this.clock = clock;
    EparWatchConfig.Alerts alerts = config.alerts();
    this.retries =
        new RetrySchedule(alerts.retryBackoff(), alerts.maxBackoff(), alerts.maxAttempts());
    Duration threeTimeouts = alerts.webhookTimeout().multipliedBy(3);
    this.lease = threeTimeouts.compareTo(MIN_LEASE) > 0 ? threeTimeouts : MIN_LEASE;
    for (Delivery.Kind kind : Delivery.Kind.values()) {
      channels.stream()
          .filter(c -> c.sends(kind))
          .findFirst()
          .ifPresent(c -> this.channels.put(kind, c));
    }
  }

  /** What one pass did. */
  public record Summary(int sent, int failed, int dead) {
    boolean isEmpty() {
      return sent + failed + dead == 0;
    }
  }

  @Scheduled(
      identity = "send-due-deliveries",
      every = "{eparwatch.alerts.outbox-interval}",
      concurrentExecution = ConcurrentExecution.SKIP)
  void sendOnSchedule() {
    Summary summary = sendDue();
    if (!summary.isEmpty()) {
      LOG.infof("outbox: %s", summary);
    }
  }

  /** Sends every delivery due now, once each, and says how that went. */
  @Transactional(TxType.NOT_SUPPORTED)
  public Summary sendDue() {
    reportKindsWithoutChannel();
    int sent = 0;
    int failed = 0;
    int dead = 0;
    long after = 0;
    List<Long> page;
    do {
      page = ledger.due(channels.keySet(), after, clock.instant(), PAGE);
      for (long id : page) {
        after = id;
        Optional<State> state = attempt(id);
        if (state.isPresent()) {
          switch (state.get()) {
            case SENT -> sent++;
            case DEAD -> dead++;
            default -> failed++;
          }
        }
      }
    } while (page.size() == PAGE);
    return new Summary(sent, failed, dead);
  }

  private Optional<State> attempt(long id) {
    Optional<Delivery> claimed = claim(id);
    if (claimed.isEmpty()) {
      return Optional.empty(); // another instance won it, or it is no longer due
    }
    Delivery delivery = claimed.get();
    Result result = send(channels.get(delivery.kind), delivery);
    State state = ledger.record(id, result, retries, clock.instant());
    if (result instanceof Failed failed) {
      LOG.infof(
          "delivery %d (%s, attempt %d): %s; now %s",
          id, delivery.kind, delivery.attempts, failed.reason(), state);
    } else if (result instanceof DeliveryChannel.Gone gone) {
      LOG.infof("delivery %d (%s): %s; now %s", id, delivery.kind, gone.reason(), state);
    }
    return Optional.of(state);
  }

  private Optional<Delivery> claim(long id) {
    Instant now = clock.instant();
    try {
      return ledger.claim(id, instance, now, now.plus(lease));
    } catch (RuntimeException e) {
      // A lock timeout or serialisation failure: another instance is on it; it stays due.
      LOG.warnf(e, "delivery %d: could not be claimed", id);
      return Optional.empty();
    }
  }

  private static Result send(DeliveryChannel channel, Delivery delivery) {
    try {
      return channel.send(delivery);
    } catch (RuntimeException e) {
      LOG.warnf(e, "delivery %d: its channel failed unexpectedly", delivery.id);
      return new Failed("an unexpected error while sending (the details are in the log)");
    }
  }

  private void reportKindsWithoutChannel() {
    for (Delivery.Kind kind : Delivery.Kind.values()) {
      if (!channels.containsKey(kind)
          && !reportedWithoutChannel.contains(kind)
          && ledger.countDue(kind, clock.instant()) > 0) {
        reportedWithoutChannel.add(kind);
        LOG.warnf("outbox: %s deliveries are due but nothing sends them; they wait", kind);
      }
    }
  }
}

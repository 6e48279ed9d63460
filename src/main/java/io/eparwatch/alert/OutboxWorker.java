package io.eparwatch.alert;

import io.eparwatch.alert.Delivery.State;
import io.eparwatch.alert.DeliveryChannel.Failed;
import io.eparwatch.alert.DeliveryChannel.Result;
import io.eparwatch.config.Alerts;
import io.eparwatch.config.EparWatchConfig;
import io.eparwatch.config.InstanceId;
import io.eparwatch.ops.DurableCommits;
import io.quarkus.arc.All;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.logging.Logger;

/**
 * Sends the due deliveries of the outbox, each in three steps: claim it and count the attempt
 * (committed and on the disk, with the events it tells of), send it through its channel outside any
 * transaction, record the result (committed and on the disk). A crash between the answer of the
 * receiver and the result's flush leaves a recorded attempt under a claim that expires, so the
 * delivery is sent again with the same identity, never dropped; the receiver recognises the repeat.
 * Runs every {@code eparwatch.alerts.outbox-interval} from start-up on, so a restarted instance
 * sends what is due at once. Runs on every instance (the simple scheduler): the claims decide who
 * sends what.
 */
@ApplicationScoped
public class OutboxWorker {

  private static final Logger LOG = Logger.getLogger(OutboxWorker.class);
  private static final int PAGE = 100;
  private static final Duration MIN_LEASE = Duration.ofMinutes(5);
  private static final int SENDERS = 4;

  private final OutboxLedger ledger;
  private final DurableCommits durable;
  private final Map<Delivery.Kind, DeliveryChannel> channels = new EnumMap<>(Delivery.Kind.class);
  private final Set<Delivery.Kind> reportedWithoutChannel = ConcurrentHashMap.newKeySet();
  private final RetrySchedule retries;
  private final Duration lease;
  private final Clock clock;
  private final String instance;
  private final ExecutorService senders =
      Executors.newFixedThreadPool(
          SENDERS,
          task -> {
            Thread thread = new Thread(task, "outbox-sender");
            thread.setDaemon(true);
            return thread;
          });

  public OutboxWorker(
      OutboxLedger ledger,
      DurableCommits durable,
      @All List<DeliveryChannel> channels,
      EparWatchConfig config,
      InstanceId instance,
      Clock clock) {
    this.ledger = ledger;
    this.durable = durable;
    this.instance = instance.value();
    this.clock = clock;
    Alerts alerts = config.alerts();
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

  @PreDestroy
  void stop() {
    senders.shutdownNow();
  }

  @Scheduled(
      identity = "send-due-deliveries",
      every = "{eparwatch.alerts.outbox-interval}",
      executeWith = Scheduled.SIMPLE,
      concurrentExecution = ConcurrentExecution.SKIP)
  void sendOnSchedule() {
    OutboxSummary summary = sendDue();
    if (!summary.isEmpty()) {
      LOG.infof("outbox: %s", summary);
    }
  }

  /**
   * Sends every delivery due now, once each, {@value #SENDERS} at a time (a receiver that does not
   * answer holds up one sender, not the outbox), and says how that went.
   */
  @Transactional(TxType.NOT_SUPPORTED)
  public OutboxSummary sendDue() {
    reportKindsWithoutChannel();
    List<State> outcomes = new ArrayList<>();
    long after = 0;
    List<Long> page;
    do {
      page = ledger.due(channels.keySet(), after, clock.instant(), PAGE);
      List<Future<Optional<State>>> attempts = new ArrayList<>();
      for (long id : page) {
        after = id;
        attempts.add(senders.submit(() -> attempt(id)));
      }
      for (Future<Optional<State>> attempt : attempts) {
        outcome(attempt).ifPresent(outcomes::add);
      }
    } while (page.size() == PAGE && !Thread.currentThread().isInterrupted());
    return OutboxSummary.of(outcomes);
  }

  private static Optional<State> outcome(Future<Optional<State>> attempt) {
    try {
      return attempt.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    } catch (ExecutionException e) {
      // The database failed (the claim's flush, the result or its flush): a claim left behind
      // expires, and the delivery is sent again.
      LOG.warn("outbox: a delivery's attempt did not complete", e.getCause());
      return Optional.empty();
    }
  }

  private Optional<State> attempt(long id) {
    Optional<Delivery> claimed = claim(id);
    if (claimed.isEmpty()) {
      return Optional.empty(); // another instance won it, or it is no longer due
    }
    durable.flush(); // nothing leaves while a crash could still lose its claim or its events
    Delivery delivery = claimed.get();
    Result result = send(channels.get(delivery.kind), delivery);
    State state = ledger.record(id, result, retries, clock.instant());
    durable.flush(); // nor is it sent again because a crash lost its result
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

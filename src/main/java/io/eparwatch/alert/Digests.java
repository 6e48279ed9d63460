package io.eparwatch.alert;

import io.eparwatch.alert.Subscription.Mode;
import io.eparwatch.change.ChangeEvent;
import io.eparwatch.config.Alerts;
import io.eparwatch.config.EparWatchConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Writes digest mails into the outbox: for each subscription, in one transaction, the matching
 * events its digests have not covered yet, one DIGEST delivery listing them, and its new {@code
 * lastDigestAt}. Which events a digest covered is recorded ({@link DigestItem}), so an event is
 * never in two digests, and one whose transaction committed late with an older detection time is
 * still found by the next run (the search reaches back {@link #OVERLAP} before the last digest).
 */
@ApplicationScoped
public class Digests {

  /** Far longer than any transaction storing events lasts. */
  static final Duration OVERLAP = Duration.ofDays(1);

  private static final Logger LOG = Logger.getLogger(Digests.class);

  private final Clock clock;
  private final Alerts alerts;

  Digests(Clock clock, EparWatchConfig config) {
    this.clock = clock;
    this.alerts = config.alerts();
  }

  /** One digest mail written: for whom, its delivery, how many changes. */
  public record Written(long subscriptionId, String email, long deliveryId, int changes) {}

  /** A run: how many subscriptions it looked at, and the digests it wrote. */
  public record Run(Mode mode, int subscriptions, List<Written> digests) {}

  /** Every active subscription of {@code mode}, now (operators after an outage; tests). */
  public Run runNow(Mode mode) {
    List<Long> ids =
        QuarkusTransaction.requiringNew()
            .call(() -> Subscription.active(mode).stream().map(s -> s.id).toList());
    return run(mode, ids);
  }

  /** The subscriptions of {@code mode} whose last digest is older than the last scheduled slot. */
  public Run runDue(Mode mode) {
    Instant slot =
        DigestSchedule.lastSlot(
            mode, clock.instant(), alerts.dailyAt(), alerts.weeklyOn(), alerts.timeZone());
    List<Long> ids =
        QuarkusTransaction.requiringNew().call(() -> Subscription.dueForDigest(mode, slot));
    return run(mode, ids);
  }

  private Run run(Mode mode, List<Long> subscriptionIds) {
    List<Written> written = new ArrayList<>();
    for (Long id : subscriptionIds) {
      try {
        QuarkusTransaction.requiringNew().call(() -> digest(id)).ifPresent(written::add);
      } catch (RuntimeException e) {
        // Rolled back, e.g. another instance wrote this subscription's digest at the same time
        // (the unique subscription and event pair): nothing is sent twice, the next run retries,
        // and the other subscriptions still get theirs.
        LOG.warnf(e, "digest of subscription %d not written", id);
      }
    }
    return new Run(mode, subscriptionIds.size(), written);
  }

  private Optional<Written> digest(long subscriptionId) {
    Subscription subscription = Subscription.findById(subscriptionId);
    if (subscription == null || !subscription.isActive()) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    Instant from = subscription.digestStart();
    List<ChangeEvent> events = uncovered(subscription, searchFrom(subscription));
    subscription.lastDigestAt = now;
    if (events.isEmpty()) {
      return Optional.empty();
    }
    List<Long> ids = events.stream().map(e -> e.id).toList();
    Delivery delivery =
        Delivery.pending(Delivery.Kind.DIGEST, subscription.id, null, subscription.email, ids, now);
    delivery.persist();
    Digest digest = new Digest();
    digest.subscriptionId = subscription.id;
    digest.deliveryId = delivery.id;
    digest.coversFrom = from;
    digest.coversUntil = now;
    digest.persist();
    for (Long eventId : ids) {
      DigestItem.of(subscription.id, eventId, digest.id).persist();
    }
    DigestItem.flush();
    return Optional.of(new Written(subscription.id, subscription.email, delivery.id, ids.size()));
  }

  /** The first detection time to look at: before confirmation nothing counts. */
  private static Instant searchFrom(Subscription subscription) {
    if (subscription.lastDigestAt == null) {
      return subscription.confirmedAt;
    }
    Instant withOverlap = subscription.lastDigestAt.minus(OVERLAP);
    return withOverlap.isAfter(subscription.confirmedAt) ? withOverlap : subscription.confirmedAt;
  }

  private static List<ChangeEvent> uncovered(Subscription subscription, Instant from) {
    Parameters params = new Parameters();
    String where = subscription.filter().where(params);
    params.and("dFrom", from).and("dSubscription", subscription.id);
    return ChangeEvent.list(
        where
            + " and detectedAt >= :dFrom and id not in"
            + " (select i.eventId from DigestItem i where i.subscriptionId = :dSubscription)"
            + " order by detectedAt, id",
        params);
  }
}

package io.eparwatch.alert;

import io.eparwatch.alert.Delivery.State;
import io.eparwatch.alert.DeliveryChannel.Failed;
import io.eparwatch.alert.DeliveryChannel.Gone;
import io.eparwatch.alert.DeliveryChannel.Result;
import io.eparwatch.alert.DeliveryChannel.Sent;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The outbox worker's writes, each in a short transaction of its own that commits before the worker
 * goes on: which deliveries are due, the claim of one (with its attempt recorded before anything is
 * sent), and the result of sending it.
 */
@ApplicationScoped
class OutboxLedger {

  private static final List<State> OPEN = List.of(State.PENDING, State.FAILED);
  private static final String DUE =
      "state in :open and nextAttemptAt <= :now"
          + " and (claimedUntil is null or claimedUntil < :now)";

  /** Due deliveries of these kinds after {@code afterId}, by id: one page of a pass. */
  @Transactional(TxType.REQUIRES_NEW)
  List<Long> due(Collection<Delivery.Kind> kinds, long afterId, Instant now, int limit) {
    if (kinds.isEmpty()) {
      return List.of();
    }
    return Delivery.getEntityManager()
        .createQuery(
            "select id from Delivery where kind in :kinds and id > :after and "
                + DUE
                + " order by id",
            Long.class)
        .setParameter("kinds", kinds)
        .setParameter("after", afterId)
        .setParameter("open", OPEN)
        .setParameter("now", now)
        .setMaxResults(limit)
        .getResultList();
  }

  @Transactional(TxType.REQUIRES_NEW)
  long countDue(Delivery.Kind kind, Instant now) {
    return Delivery.count(
        "kind = :kind and " + DUE, Parameters.with("kind", kind).and("open", OPEN).and("now", now));
  }

  /**
   * Claims a due delivery for {@code instance} until {@code until} and counts the attempt, in one
   * conditional update, so that of two instances only one wins it.
   *
   * @return the claimed delivery (detached), empty when it is no longer due or claimed elsewhere
   */
  @Transactional(TxType.REQUIRES_NEW)
  Optional<Delivery> claim(long id, String instance, Instant now, Instant until) {
    int won =
        Delivery.update(
            "claimedBy = :instance, claimedUntil = :until, attempts = attempts + 1,"
                + " lastAttemptAt = :now where id = :id and "
                + DUE,
            Parameters.with("instance", instance)
                .and("until", until)
                .and("now", now)
                .and("id", id)
                .and("open", OPEN));
    return won == 1 ? Delivery.findByIdOptional(id) : Optional.empty();
  }

  /** Records what sending gave; the claim is released. A delivery already sent stays sent. */
  @Transactional(TxType.REQUIRES_NEW)
  State record(long id, Result result, RetrySchedule retries, Instant now) {
    Delivery delivery = Delivery.findById(id);
    if (delivery == null || delivery.state == State.SENT) {
      return State.SENT;
    }
    delivery.claimedBy = null;
    delivery.claimedUntil = null;
    if (delivery.state == State.DEAD && !(result instanceof Sent)) {
      return State.DEAD; // its webhook was removed while it was being sent
    }
    if (result instanceof Sent) {
      delivery.state = State.SENT;
      delivery.sentAt = now;
      delivery.lastError = null;
    } else if (result instanceof Gone gone) {
      delivery.state = State.DEAD;
      delivery.lastError = gone.reason();
    } else if (retries.givesUpAfter(delivery.attempts)) {
      delivery.state = State.DEAD;
      delivery.lastError =
          ((Failed) result).reason() + " (given up after " + delivery.attempts + " attempts)";
    } else {
      delivery.state = State.FAILED;
      delivery.lastError = ((Failed) result).reason();
      delivery.nextAttemptAt = retries.nextAttempt(delivery.attempts, now);
    }
    return delivery.state;
  }
}

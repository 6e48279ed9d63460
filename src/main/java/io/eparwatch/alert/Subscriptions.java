package io.eparwatch.alert;

import io.eparwatch.alert.Subscription.State;
import io.eparwatch.alert.SubscriptionToken.Purpose;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The life of a subscription: asked for (with its confirmation mail in the same transaction),
 * confirmed by the link in that mail, ended by an unsubscribe link or by an admin.
 */
@ApplicationScoped
public class Subscriptions {

  private final Clock clock;
  private final ConfirmationLimits limits;

  Subscriptions(Clock clock, ConfirmationLimits limits) {
    this.clock = clock;
    this.limits = limits;
  }

  /** What became of a request. */
  public sealed interface Outcome {
    Subscription subscription();
  }

  /** A new subscription; its confirmation mail is in the outbox. */
  public record Created(Subscription subscription) implements Outcome {}

  /**
   * The same address, mode and filter was asked for before: no second subscription. One still
   * waiting for its confirmation gets a new confirmation mail; an active one gets none.
   */
  public record Existing(Subscription subscription, boolean confirmationResent)
      implements Outcome {}

  /** Too many confirmation mails for this address or client lately: nothing stored. */
  public record TooMany(Duration retryAfter) implements Outcome {
    @Override
    public Subscription subscription() {
      return null;
    }
  }

  @Transactional
  public Outcome subscribe(SubscriptionRequest request, String client) {
    Instant now = clock.instant();
    Optional<Subscription> same =
        Subscription.sameAs(request.email(), request.mode(), request.filter());
    if (same.isPresent() && same.get().isActive()) {
      return new Existing(same.get(), false);
    }
    Optional<Duration> wait = limits.waitFor(request.email(), client, now);
    if (wait.isPresent()) {
      return new TooMany(wait.get());
    }
    Subscription subscription =
        same.orElseGet(
            () ->
                Subscription.pending(
                    request.email(), request.mode(), request.filter(), client, now));
    subscription.persist();
    Delivery confirmation =
        Delivery.pending(
            Delivery.Kind.CONFIRMATION, subscription.id, null, subscription.email, List.of(), now);
    confirmation.client = client; // who asked this time: a re-request counts against its sender
    confirmation.persist();
    return same.isPresent() ? new Existing(subscription, true) : new Created(subscription);
  }

  /** Activates the subscription of a confirmation token; empty when the token is not valid. */
  @Transactional
  public Optional<Subscription> confirm(String token) {
    Optional<SubscriptionToken> found = SubscriptionToken.find(token, Purpose.CONFIRM);
    if (found.isEmpty() || found.get().usedAt != null) {
      return Optional.empty();
    }
    Subscription subscription = Subscription.findById(found.get().subscriptionId);
    if (subscription == null || subscription.state == State.UNSUBSCRIBED) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    found.get().usedAt = now;
    if (subscription.state == State.PENDING_CONFIRMATION) {
      subscription.state = State.ACTIVE;
      subscription.confirmedAt = now;
    }
    return Optional.of(subscription);
  }

  /** The subscription an unsubscribe token is for, changing nothing (the page behind a GET). */
  @Transactional
  public Optional<Subscription> ofUnsubscribeToken(String token) {
    return SubscriptionToken.find(token, Purpose.UNSUBSCRIBE)
        .map(found -> Subscription.<Subscription>findById(found.subscriptionId));
  }

  /**
   * Ends the subscription of an unsubscribe token; a second time changes nothing and still answers
   * with it. Empty when the token is not valid.
   */
  @Transactional
  public Optional<Subscription> unsubscribe(String token) {
    Optional<Subscription> subscription = ofUnsubscribeToken(token);
    subscription
        .filter(s -> s.state != State.UNSUBSCRIBED)
        .ifPresent(
            s -> {
              Instant now = clock.instant();
              s.state = State.UNSUBSCRIBED;
              s.unsubscribedAt = now;
              SubscriptionToken.update(
                  "usedAt = ?1 where hash = ?2", now, SubscriptionToken.hash(token));
            });
    return subscription;
  }

  /** Removes a subscription and its bookkeeping; its unsent mails become Gone. */
  @Transactional
  public boolean delete(long id) {
    SubscriptionToken.deleteOf(id);
    DigestItem.deleteOf(id);
    Digest.deleteOf(id);
    return Subscription.deleteById(id);
  }
}

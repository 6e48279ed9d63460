package io.eparwatch.api;

import io.eparwatch.alert.Subscription;
import java.time.Instant;

/** A subscription as the API shows it: never a token, never the client's address. */
record SubscriptionView(
    long id,
    String email,
    Subscription.Mode mode,
    FilterView filter,
    Subscription.State state,
    Instant createdAt,
    Instant confirmedAt,
    Instant lastDigestAt,
    Instant unsubscribedAt) {

  static SubscriptionView of(Subscription s) {
    return new SubscriptionView(
        s.id,
        s.email,
        s.mode,
        FilterView.of(s.filter()),
        s.state,
        s.createdAt,
        s.confirmedAt,
        s.lastDigestAt,
        s.unsubscribedAt);
  }
}

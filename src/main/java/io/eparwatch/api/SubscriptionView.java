package io.eparwatch.api;

import io.eparwatch.alert.Subscription;
import io.eparwatch.change.ChangeFilter;
import io.eparwatch.change.ChangeType;
import java.time.Instant;
import java.util.List;

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

  record FilterView(
      List<String> products, List<ChangeType> types, String atc, String holder, String source) {

    static FilterView of(ChangeFilter filter) {
      return new FilterView(
          filter.products().stream().sorted().toList(),
          filter.types().stream().sorted().toList(),
          filter.atc(),
          filter.holder(),
          filter.source() == null ? null : filter.source().label());
    }
  }

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

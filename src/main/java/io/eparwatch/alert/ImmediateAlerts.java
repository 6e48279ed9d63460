package io.eparwatch.alert;

import io.eparwatch.alert.Subscription.Mode;
import io.eparwatch.change.ChangeEvent;
import io.eparwatch.change.ChangesPublished;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Puts one mail per (active immediate subscription, matching event) into the outbox, in the
 * transaction that stores the events: a change is never published without its mails, and a mail is
 * never written for a change that rolled back.
 */
@ApplicationScoped
class ImmediateAlerts {

  private final Clock clock;

  ImmediateAlerts(Clock clock) {
    this.clock = clock;
  }

  void on(@Observes ChangesPublished published) {
    if (published.events().isEmpty()) {
      return;
    }
    List<Subscription> subscriptions = Subscription.active(Mode.IMMEDIATE);
    Instant now = clock.instant();
    for (Subscription subscription : subscriptions) {
      var filter = subscription.filter();
      for (ChangeEvent event : published.events()) {
        if (filter.matches(event)) {
          Delivery.pending(
                  Delivery.Kind.IMMEDIATE,
                  subscription.id,
                  null,
                  subscription.email,
                  List.of(event.id),
                  now)
              .persist();
        }
      }
    }
  }
}

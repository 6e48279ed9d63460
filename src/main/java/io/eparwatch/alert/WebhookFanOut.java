package io.eparwatch.alert;

import io.eparwatch.change.ChangeFilter;
import io.eparwatch.change.ChangesPublished;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.util.List;

/**
 * Writes one {@code WEBHOOK} delivery per webhook that wants at least one change of a published
 * batch, in the transaction of the changes: both commit, or neither.
 */
@ApplicationScoped
public class WebhookFanOut {

  private final Clock clock;

  public WebhookFanOut(Clock clock) {
    this.clock = clock;
  }

  void on(@Observes ChangesPublished published) {
    List<Webhook> webhooks = Webhook.listAll();
    for (Webhook webhook : webhooks) {
      ChangeFilter filter = webhook.filter();
      List<Long> matching =
          published.events().stream().filter(filter::matches).map(event -> event.id).toList();
      if (!matching.isEmpty()) {
        Delivery.pending(
                Delivery.Kind.WEBHOOK, null, webhook.id, webhook.url, matching, clock.instant())
            .persist();
      }
    }
  }
}

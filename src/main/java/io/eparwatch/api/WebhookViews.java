package io.eparwatch.api;

import io.eparwatch.alert.Delivery;
import io.eparwatch.alert.Webhook;
import io.eparwatch.alert.Webhooks;
import io.eparwatch.change.ChangeFilter;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The JSON of the webhook and delivery endpoints. A webhook's secret is never part of it. */
final class WebhookViews {

  private WebhookViews() {}

  /** {@code POST /api/webhooks}; unknown fields are refused (see {@link StrictJson}). */
  record AddWebhookRequest(String url, String secret, FilterRequest filter) {}

  /** A filter as people type it; every part optional. */
  record FilterRequest(
      List<String> products, List<String> types, String atc, String holder, String source) {

    ChangeFilter read() {
      return ChangeFilter.of(products, types, atc, holder, source);
    }
  }

  record WebhookView(
      long id,
      String url,
      FilterView filter,
      Instant createdAt,
      Map<Delivery.State, Long> deliveries) {
    static WebhookView of(Webhooks.Listed listed) {
      Webhook webhook = listed.webhook();
      return new WebhookView(
          webhook.id,
          webhook.url,
          FilterView.of(webhook.filter()),
          webhook.createdAt,
          listed.deliveries());
    }
  }

  record DeliveryView(
      long id,
      Delivery.Kind kind,
      String recipient,
      Delivery.State state,
      int attempts,
      Instant createdAt,
      Instant nextAttemptAt,
      Instant lastAttemptAt,
      Instant sentAt,
      String lastError,
      List<Long> eventIds) {
    static DeliveryView of(Delivery d) {
      return new DeliveryView(
          d.id,
          d.kind,
          d.recipient,
          d.state,
          d.attempts,
          d.createdAt,
          d.nextAttemptAt,
          d.lastAttemptAt,
          d.sentAt,
          d.lastError,
          d.eventIdList());
    }
  }
}

package io.eparwatch.alert;

import io.eparwatch.change.ChangeFilter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Adding, listing and removing webhooks. */
@ApplicationScoped
public class Webhooks {

  static final String REMOVED = "webhook removed";

  private final Clock clock;

  public Webhooks(Clock clock) {
    this.clock = clock;
  }

  /** A webhook with how many of its deliveries are in each state. */
  public record Listed(Webhook webhook, Map<Delivery.State, Long> deliveries) {

    /** The filter in words, as the confirmation mails word it. */
    public String filterText() {
      return FilterText.of(webhook.filter());
    }
  }

  /**
   * Stores a new webhook; the filter is already read by {@link ChangeFilter#of}.
   *
   * @throws WebhookRules.Invalid when the URL or the secret cannot be used (nothing is stored)
   */
  @Transactional
  public Webhook add(String url, String secret, ChangeFilter filter) {
    Webhook webhook =
        Webhook.of(
            WebhookRules.url(url).toString(), WebhookRules.secret(secret), filter, clock.instant());
    webhook.persist();
    return webhook;
  }

  @Transactional
  public List<Listed> list() {
    Map<Long, Map<Delivery.State, Long>> counts = new HashMap<>();
    List<Object[]> rows =
        Delivery.getEntityManager()
            .createQuery(
                "select webhookId, state, count(*) from Delivery where webhookId is not null"
                    + " group by webhookId, state",
                Object[].class)
            .getResultList();
    for (Object[] row : rows) {
      counts
          .computeIfAbsent((Long) row[0], id -> noDeliveries())
          .put((Delivery.State) row[1], (Long) row[2]);
    }
    return Webhook.<Webhook>listAll().stream()
        .sorted((a, b) -> Long.compare(a.id, b.id))
        .map(webhook -> new Listed(webhook, counts.getOrDefault(webhook.id, noDeliveries())))
        .toList();
  }

  /**
   * Removes a webhook; its deliveries not sent yet become {@code DEAD} ("webhook removed").
   *
   * @return false when there is no such webhook
   */
  @Transactional
  public boolean remove(long id) {
    Optional<Webhook> webhook = Webhook.findByIdOptional(id);
    if (webhook.isEmpty()) {
      return false;
    }
    Delivery.update(
        "state = ?1, lastError = ?2 where webhookId = ?3 and state in ?4",
        Delivery.State.DEAD,
        REMOVED,
        id,
        List.of(Delivery.State.PENDING, Delivery.State.FAILED));
    webhook.get().delete();
    return true;
  }

  /** The counts of a webhook without deliveries: zero in every state. */
  public static Map<Delivery.State, Long> noDeliveries() {
    Map<Delivery.State, Long> counts = new EnumMap<>(Delivery.State.class);
    for (Delivery.State state : Delivery.State.values()) {
      counts.put(state, 0L);
    }
    return counts;
  }
}

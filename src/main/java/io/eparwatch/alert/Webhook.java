package io.eparwatch.alert;

import io.eparwatch.change.ChangeFilter;
import io.eparwatch.change.ChangeType;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * A receiver of signed JSON POSTs: every batch of changes its filter matches becomes one {@link
 * Delivery} of kind {@code WEBHOOK}. Created and removed by the admin; never changed.
 */
@Entity
@Table(name = "webhook")
public class Webhook extends PanacheEntity {

  public String url;

  /** Signs each body (HMAC-SHA256); stored as given because signing needs it, never shown. */
  public String secret;

  /** The filter's products, one per line (a product cannot contain a line break). */
  @Column(name = "filter_products")
  public String products;

  /** The filter's change types, comma-separated. */
  @Column(name = "filter_types")
  public String types;

  @Column(name = "filter_atc")
  public String atc;

  @Column(name = "filter_holder")
  public String holder;

  @Column(name = "filter_source")
  public String source;

  public Instant createdAt;

  static Webhook of(String url, String secret, ChangeFilter filter, Instant now) {
    Webhook webhook = new Webhook();
    webhook.url = url;
    webhook.secret = secret;
    webhook.products = String.join("\n", filter.products());
    webhook.types = String.join(",", filter.types().stream().map(ChangeType::name).toList());
    webhook.atc = filter.atc();
    webhook.holder = filter.holder();
    webhook.source = filter.source() == null ? null : filter.source().label();
    webhook.createdAt = now;
    return webhook;
  }

  /** The filter as it was accepted (stored values are already valid). */
  public ChangeFilter filter() {
    return ChangeFilter.of(split(products, "\n"), split(types, ","), atc, holder, source);
  }

  private static List<String> split(String joined, String separator) {
    return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(separator));
  }
}

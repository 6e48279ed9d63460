package io.eparwatch.testing;

import io.eparwatch.catalogue.Medicine;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Instant;

/**
 * Medicines put straight into the catalogue, as an export would: feeds, subscriptions and webhooks
 * refuse a product filter that names a medicine nobody knows.
 */
public final class Catalogued {

  private Catalogued() {}

  /** A medicine known by {@code slug} and {@code productNumber}, named after its slug. */
  public static void medicine(String slug, String productNumber) {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              Medicine medicine = new Medicine();
              medicine.productNumber = productNumber;
              medicine.slug = slug;
              medicine.name = Character.toUpperCase(slug.charAt(0)) + slug.substring(1);
              medicine.updatedAt = Instant.now();
              medicine.persist();
            });
  }
}

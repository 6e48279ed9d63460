package io.eparwatch.watch;

import io.eparwatch.catalogue.Catalogue;
import io.eparwatch.catalogue.Medicine;
import io.eparwatch.change.ChangeFilter;
import java.util.Collection;
import java.util.Optional;

/**
 * A medicine as one product: known from the catalogue, from a watch, or from both. The one lookup
 * of the API and the dashboard, and the one refusal of a filter naming a product it does not know.
 */
public record Product(Optional<Medicine> medicine, Optional<Watch> watch) {

  /** The product {@code key} (slug or EMA product number) names; empty when nobody knows it. */
  public static Optional<Product> find(Catalogue catalogue, String key) {
    String trimmed = key == null ? null : key.strip();
    if (trimmed == null || trimmed.isEmpty()) {
      return Optional.empty();
    }
    Optional<Medicine> medicine = catalogue.find(trimmed);
    Optional<Watch> watch =
        Watch.findBySlug(trimmed)
            .or(() -> Watch.findByProductNumber(trimmed))
            .or(() -> medicine.flatMap(m -> Watch.findByProductNumber(m.productNumber)))
            .or(
                () ->
                    medicine.flatMap(m -> Optional.ofNullable(m.slug)).flatMap(Watch::findBySlug));
    if (medicine.isEmpty() && watch.isEmpty()) {
      return Optional.empty();
    }
    Optional<Medicine> known =
        medicine.or(
            () ->
                watch.flatMap(w -> Optional.ofNullable(w.productNumber)).flatMap(catalogue::find));
    return Optional.of(new Product(known, watch));
  }

  /**
   * The sentence that refuses the first of {@code keys} that {@link #find} knows nothing by, or
   * empty when all are known: a filter naming a typo would match nothing for ever, so feeds,
   * subscriptions and webhooks refuse it alike, with these words.
   */
  public static Optional<String> unknown(Catalogue catalogue, Collection<String> keys) {
    return keys.stream()
        .filter(key -> find(catalogue, key).isEmpty())
        .findFirst()
        .map(
            key ->
                "Unknown product \""
                    + ChangeFilter.echoed(key)
                    + "\": neither in EMA's catalogue nor watched. Give its slug (imlygic) or"
                    + " product number (EMEA/H/C/002771) as the catalogue search shows them:"
                    + " /catalogue, or GET /api/medicines?q=.");
  }

  public String productNumber() {
    return medicine
        .map(m -> m.productNumber)
        .or(() -> watch.map(w -> w.productNumber))
        .orElse(null);
  }

  public String slug() {
    return watch.map(w -> w.slug).or(() -> medicine.map(m -> m.slug)).orElse(null);
  }

  public String name() {
    return medicine.map(m -> m.name).or(() -> watch.map(w -> w.name)).orElse(null);
  }
}

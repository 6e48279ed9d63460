package io.eparwatch.api;

import io.eparwatch.catalogue.Catalogue;
import io.eparwatch.catalogue.Medicine;
import io.eparwatch.watch.Watch;
import java.util.Optional;

/** A product as the API knows it: from the catalogue, from a watch, or from both. */
record Product(Optional<Medicine> medicine, Optional<Watch> watch) {

  /** The product {@code key} (slug or product number) names; 400 when blank, 404 when unknown. */
  static Product find(Catalogue catalogue, String key) {
    String trimmed = QueryParams.text(key);
    if (trimmed == null) {
      throw ApiError.badRequest("a product key (slug or product number) is required");
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
      throw ApiError.notFound("no product with slug or product number '" + trimmed + "'");
    }
    Optional<Medicine> known =
        medicine.or(
            () ->
                watch.flatMap(w -> Optional.ofNullable(w.productNumber)).flatMap(catalogue::find));
    return new Product(known, watch);
  }

  String productNumber() {
    return medicine
        .map(m -> m.productNumber)
        .or(() -> watch.map(w -> w.productNumber))
        .orElse(null);
  }

  String slug() {
    return watch.map(w -> w.slug).or(() -> medicine.map(m -> m.slug)).orElse(null);
  }

  String name() {
    return medicine.map(m -> m.name).or(() -> watch.map(w -> w.name)).orElse(null);
  }
}

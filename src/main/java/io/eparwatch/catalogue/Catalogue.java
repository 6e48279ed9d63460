package io.eparwatch.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * The catalogue of medicines (filled from EMA's medicines export) as every other package sees it: a
 * medicine found by the key people use for it, its EPAR slug or its EMA product number.
 */
@ApplicationScoped
public class Catalogue {

  /**
   * {@code key} is a product number ({@code EMEA/H/C/002771}) or a slug ({@code imlygic}); blank or
   * unknown keys find nothing.
   */
  public Optional<Medicine> find(String key) {
    if (key == null || key.isBlank()) {
      return Optional.empty();
    }
    String trimmed = key.trim();
    return Medicine.byProductNumber(trimmed).or(() -> Medicine.bySlug(trimmed));
  }

  public Optional<Medicine> byProductNumber(String productNumber) {
    return Medicine.byProductNumber(productNumber);
  }

  public CatalogueQuery.Result search(CatalogueQuery query) {
    return query.run();
  }
}

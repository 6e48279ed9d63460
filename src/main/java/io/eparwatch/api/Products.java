package io.eparwatch.api;

import io.eparwatch.catalogue.Catalogue;
import io.eparwatch.change.ChangeFilter;
import io.eparwatch.watch.Product;
import java.util.Optional;

/**
 * The API's reading of a product key: 400 when blank, 404 when nobody knows it; in a filter, 400
 * when nobody knows it.
 */
final class Products {

  private Products() {}

  static Product find(Catalogue catalogue, String key) {
    String trimmed = QueryParams.text(key);
    if (trimmed == null) {
      throw ApiError.badRequest("a product key (slug or product number) is required");
    }
    return Product.find(catalogue, trimmed)
        .orElseThrow(
            () -> ApiError.notFound("no product with slug or product number '" + trimmed + "'"));
  }

  /**
   * Refuses a filter that names a product nobody knows (a typo): it would match nothing for ever.
   * Feeds, subscriptions and webhooks alike.
   */
  static void requireKnown(Catalogue catalogue, ChangeFilter filter) {
    Optional<String> unknown = Product.unknown(catalogue, filter.products());
    if (unknown.isPresent()) {
      throw ApiError.badRequest(unknown.get());
    }
  }
}

package io.eparwatch.api;

import io.eparwatch.catalogue.Catalogue;
import io.eparwatch.watch.Product;

/** The API's reading of a product key: 400 when blank, 404 when nobody knows it. */
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
}

package io.eparwatch.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The API's own paths, for links between its resources. */
final class Links {

  private Links() {}

  static String version(long id) {
    return "/api/versions/" + id;
  }

  /** A product number contains slashes: it is encoded as one path segment. */
  static String product(String key) {
    return "/api/products/" + segment(key);
  }

  /** {@code key} encoded as one path segment. */
  static String segment(String key) {
    return URLEncoder.encode(key, StandardCharsets.UTF_8).replace("+", "%20");
  }
}

package io.eparwatch.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The dashboard's own paths. */
final class Links {

  private Links() {}

  /** A product number contains slashes: it is encoded as one path segment. */
  static String product(String key) {
    return "/products/" + encode(key);
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}

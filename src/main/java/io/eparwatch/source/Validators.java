package io.eparwatch.source;

import java.util.Map;

/**
 * Cache validators from the previous fetch of a page, sent back for a conditional GET. Both
 * nullable.
 */
public record Validators(String etag, String lastModified) {

  public static Validators none() {
    return new Validators(null, null);
  }

  /** Adds If-None-Match / If-Modified-Since for the validators present; none when null. */
  static void addConditionalHeaders(Validators validators, Map<String, String> headers) {
    if (validators != null && validators.etag() != null) {
      headers.put("If-None-Match", validators.etag());
    }
    if (validators != null && validators.lastModified() != null) {
      headers.put("If-Modified-Since", validators.lastModified());
    }
  }
}

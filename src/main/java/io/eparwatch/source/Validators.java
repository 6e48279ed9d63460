package io.eparwatch.source;

import java.util.Map;

/**
 * Cache validators from the previous fetch of a page, sent back for a conditional GET. Both
 * nullable.
 */
public record Validators(String etag, String lastModified) {

  /** An ETag longer than this is absurd (real ones are a few dozen characters). */
  public static final int MAX_ETAG_LENGTH = 1024;

  /** An HTTP date is 29 characters; a longer Last-Modified is no date. */
  public static final int MAX_LAST_MODIFIED_LENGTH = 100;

  public static Validators none() {
    return new Validators(null, null);
  }

  /**
   * The validators of a response worth keeping. An absurd one (too long, or not printable ASCII,
   * which could not even be sent back) is dropped: the next fetch is then a full one.
   */
  public static Validators fromResponse(String etag, String lastModified) {
    return new Validators(
        sane(etag, MAX_ETAG_LENGTH), sane(lastModified, MAX_LAST_MODIFIED_LENGTH));
  }

  private static String sane(String value, int maxLength) {
    if (value == null || value.isBlank() || value.length() > maxLength) {
      return null;
    }
    return value.chars().allMatch(c -> c >= 0x20 && c < 0x7f) ? value : null;
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

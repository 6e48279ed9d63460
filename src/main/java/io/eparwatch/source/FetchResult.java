package io.eparwatch.source;

import java.net.URI;
import java.time.Duration;

/** Outcome of one page fetch. Normal failures are values too, never exceptions. */
public sealed interface FetchResult {

  /**
   * A 2xx {@code text/html} page. {@code elapsed} is the wall time of the whole fetch, including
   * politeness waits and retries.
   */
  record Fetched(
      URI finalUrl,
      int status,
      String contentType,
      byte[] body,
      String etag,
      String lastModified,
      Duration elapsed)
      implements FetchResult {}

  /** EMA answered 304: the page is unchanged since the validators were issued. */
  record NotModified(Duration elapsed) implements FetchResult {}

  /** The page could not be fetched. */
  record Failed(String error) implements FetchResult {}

  /**
   * Not fetched, and not a failure: EMA asked us to wait (429 or 503 with Retry-After), and no
   * request to EMA is made before the pause ends.
   */
  record Postponed(EmaPause pause) implements FetchResult {}
}

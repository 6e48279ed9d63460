package io.eparwatch.source;

import java.nio.file.Path;
import java.time.Duration;

/** Outcome of one export download. Normal failures are values too, never exceptions. */
public sealed interface DownloadResult {

  /**
   * The complete body is in {@code file} ({@code bytes} long). {@code elapsed} is the wall time of
   * the whole download, including politeness waits and retries.
   */
  record Downloaded(
      Path file, long bytes, String contentType, String etag, String lastModified, Duration elapsed)
      implements DownloadResult {}

  /** EMA answered 304: the export is unchanged since the validators were issued; file untouched. */
  record NotModified(Duration elapsed) implements DownloadResult {}

  /** Nothing was downloaded, and the target file is as it was. */
  record Failed(String error) implements DownloadResult {}

  /**
   * Not downloaded, and not a failure: EMA asked us to wait (429 or 503 with Retry-After), and no
   * request to EMA is made before the pause ends. The target file is as it was.
   */
  record Postponed(EmaPause pause) implements DownloadResult {}
}

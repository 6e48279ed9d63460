package io.eparwatch.source;

import io.eparwatch.config.EparWatchConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Downloads EMA's data exports to a file, with the same politeness and safety as page fetches (the
 * shared {@link EmaClient}): streamed to disk, bounded in size and in time as a whole, conditional
 * GET. The target is replaced only by a complete download, never left half-written.
 */
@ApplicationScoped
public class ExportDownloader {

  private static final Logger LOG = Logger.getLogger(ExportDownloader.class);

  private final EmaClient ema;
  private final long maxBytes;
  private final Duration timeout;

  @Inject
  public ExportDownloader(EparWatchConfig config, EmaClient ema) {
    this.ema = ema;
    this.maxBytes = config.exports().maxDownloadSize().asLongValue();
    this.timeout = config.exports().downloadTimeout();
  }

  /**
   * Downloads {@code url} (on the EMA host) into {@code target}, conditionally when validators are
   * given. The target is replaced only by a complete download; on any other outcome it is
   * untouched.
   */
  public DownloadResult download(URI url, Validators validators, Path target) {
    return download(url, validators, target, Duration.ZERO);
  }

  /**
   * As {@link #download(URI, Validators, Path)}, but a pause of EMA's ending within {@code
   * patience} is waited out instead of postponing the download.
   */
  public DownloadResult download(URI url, Validators validators, Path target, Duration patience) {
    long start = System.nanoTime();
    ExportBody body = new ExportBody(target, maxBytes, timeout);
    try {
      Files.createDirectories(target.toAbsolutePath().getParent());
      Exchange exchange = ema.get(url, requestHeaders(validators), body, patience);
      return toResult(exchange, body.latestPart(), target, start);
    } catch (IOException e) {
      return new DownloadResult.Failed(
          "cannot write the download to " + target + " (" + e.getMessage() + ")");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new DownloadResult.Failed("interrupted");
    } finally {
      body.deleteParts();
    }
  }

  private static Map<String, String> requestHeaders(Validators validators) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Accept", "application/json, */*;q=0.5");
    Validators.addConditionalHeaders(validators, headers);
    return headers;
  }

  private static DownloadResult toResult(Exchange exchange, Path part, Path target, long start)
      throws IOException {
    if (exchange instanceof Exchange.Failure) {
      Exchange.Failure failure = (Exchange.Failure) exchange;
      return failure.pause() != null
          ? new DownloadResult.Postponed(failure.pause())
          : new DownloadResult.Failed(failure.error());
    }
    Exchange.Response response = (Exchange.Response) exchange;
    int status = response.status();
    if (status == 304) {
      return new DownloadResult.NotModified(since(start));
    }
    if (status < 200 || status > 299) {
      return new DownloadResult.Failed("EMA answered HTTP " + status + " for " + response.uri());
    }
    String contentType = response.header("Content-Type");
    String refused = FetchGuards.exportType(contentType, response.uri());
    if (refused != null) {
      return new DownloadResult.Failed(refused);
    }
    moveIntoPlace(part, target);
    long bytes = Files.size(target);
    LOG.infof("downloaded %s: %d bytes in %s", response.uri(), bytes, since(start));
    return new DownloadResult.Downloaded(
        target,
        bytes,
        contentType,
        response.header("ETag"),
        response.header("Last-Modified"),
        since(start));
  }

  private static void moveIntoPlace(Path part, Path target) throws IOException {
    try {
      Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static Duration since(long start) {
    return Duration.ofNanos(System.nanoTime() - start);
  }
}

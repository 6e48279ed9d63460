package io.eparwatch.source;

import java.io.IOException;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpResponse.ResponseInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jboss.logging.Logger;

/**
 * How an export download receives its bodies: a 2xx answer of an export content type is streamed to
 * a part file next to the target, any other body is skipped. All exchanges of one download
 * (redirects and retries) share one deadline.
 */
final class ExportBody implements BodyReceiver {

  private static final Logger LOG = Logger.getLogger(ExportBody.class);

  private final Path directory;
  private final String name;
  private final long cap;
  private final Duration limit;
  private final long deadline;
  private final List<Path> parts = new CopyOnWriteArrayList<>();
  private boolean cleanedUp; // guarded by this

  ExportBody(Path target, long cap, Duration limit) {
    this.directory = target.toAbsolutePath().getParent();
    this.name = target.getFileName().toString();
    this.cap = cap;
    this.limit = limit;
    this.deadline = System.nanoTime() + limit.toNanos();
  }

  @Override
  public BodyHandler<byte[]> handler() {
    return info ->
        isWanted(info) ? toNewPart(CappedBodySubscriber.declaredLength(info)) : new SkippedBody();
  }

  @Override
  public Duration timeLeft() {
    return Duration.ofNanos(deadline - System.nanoTime());
  }

  @Override
  public Duration limit() {
    return limit;
  }

  /** The part file of the latest exchange: where the body of the final response is, if any. */
  Path latestPart() {
    return parts.isEmpty() ? null : parts.get(parts.size() - 1);
  }

  /**
   * Deletes every part file still there (a kept download has been moved away already). An exchange
   * abandoned on timeout or interrupt that answers only later gets no file.
   */
  synchronized void deleteParts() {
    cleanedUp = true;
    for (Path part : parts) {
      try {
        Files.deleteIfExists(part);
      } catch (IOException e) {
        LOG.warnf("could not delete the partial download %s: %s", part, e.getMessage());
      }
    }
  }

  private static boolean isWanted(ResponseInfo info) {
    boolean success = info.statusCode() >= 200 && info.statusCode() < 300;
    return success
        && FetchGuards.isExportType(info.headers().firstValue("Content-Type").orElse(null));
  }

  // A fresh file per exchange: an abandoned exchange (timed out, cancelled) may still be writing to
  // its file, and must not mix its bytes into those of the next attempt.
  private synchronized BodySubscriber<byte[]> toNewPart(long declaredLength) {
    if (cleanedUp) {
      return new SkippedBody();
    }
    Path part = directory.resolve("." + name + "." + UUID.randomUUID() + ".part");
    parts.add(part);
    return new FileBodySubscriber(part, cap, declaredLength);
  }
}

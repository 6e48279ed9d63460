package io.eparwatch.source;

import java.io.IOException;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpResponse.ResponseInfo;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body but never holds more than {@code cap} bytes: a declared Content-Length
 * above the cap is refused before reading, and an undeclared one is cut off as soon as it passes.
 */
final class CappedBodySubscriber implements BodySubscriber<byte[]> {

  /** Signals a body larger than the cap; not worth retrying. */
  static final class BodyTooLargeException extends IOException {
    /** {@code what}: "body", "download": the subject of the message. */
    BodyTooLargeException(String what, long cap) {
      super(what + " exceeds " + cap + " bytes");
    }
  }

  private static final int FIRST_SIZE = 16 * 1024;
  // The largest array a JVM allocates: a cap configured above it is this.
  private static final long LARGEST_ARRAY = Integer.MAX_VALUE - 8;

  private final long cap;
  private final boolean declaredTooLarge;
  private final CompletableFuture<byte[]> body = new CompletableFuture<>();
  private Flow.Subscription subscription;
  // Sized by the declared length when there is one (within the cap), so that a page's body is
  // copied once, into its final array: a growing stream copied it three to four times.
  private byte[] buffer;
  private int size;

  CappedBodySubscriber(long cap, long declaredLength) {
    this.cap = Math.min(cap, LARGEST_ARRAY);
    this.declaredTooLarge = declaredLength > this.cap;
    this.buffer = new byte[declaredLength >= 0 && !declaredTooLarge ? (int) declaredLength : 0];
  }

  static BodyHandler<byte[]> handler(long cap) {
    return info -> new CappedBodySubscriber(cap, declaredLength(info));
  }

  /** The Content-Length of the response, or -1 when absent or unreadable. */
  static long declaredLength(ResponseInfo info) {
    try {
      return info.headers().firstValueAsLong("Content-Length").orElse(-1);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  @Override
  public void onSubscribe(Flow.Subscription subscription) {
    this.subscription = subscription;
    if (declaredTooLarge) {
      refuse();
    } else {
      subscription.request(1);
    }
  }

  @Override
  public void onNext(List<ByteBuffer> items) {
    if (body.isDone()) {
      return;
    }
    for (ByteBuffer item : items) {
      int length = item.remaining();
      if (size + (long) length > cap) {
        refuse();
        return;
      }
      if (size + length > buffer.length) {
        // Doubling, but never beyond the cap.
        long grown = Math.max(size + (long) length, Math.max(FIRST_SIZE, 2L * buffer.length));
        buffer = Arrays.copyOf(buffer, (int) Math.min(grown, cap));
      }
      item.get(buffer, size, length);
      size += length;
    }
    subscription.request(1);
  }

  @Override
  public void onError(Throwable error) {
    body.completeExceptionally(error);
  }

  @Override
  public void onComplete() {
    body.complete(size == buffer.length ? buffer : Arrays.copyOf(buffer, size));
  }

  @Override
  public CompletionStage<byte[]> getBody() {
    return body;
  }

  private void refuse() {
    subscription.cancel();
    body.completeExceptionally(new BodyTooLargeException("body", cap));
  }
}

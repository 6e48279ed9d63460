package io.eparwatch.source;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpResponse.ResponseInfo;
import java.nio.ByteBuffer;
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

  private final long cap;
  private final boolean declaredTooLarge;
  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
  private final CompletableFuture<byte[]> body = new CompletableFuture<>();
  private Flow.Subscription subscription;

  private CappedBodySubscriber(long cap, boolean declaredTooLarge) {
    this.cap = cap;
    this.declaredTooLarge = declaredTooLarge;
  }

  static BodyHandler<byte[]> handler(long cap) {
    return info -> new CappedBodySubscriber(cap, declaredLength(info) > cap);
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
      if (buffer.size() + (long) item.remaining() > cap) {
        refuse();
        return;
      }
      byte[] bytes = new byte[item.remaining()];
      item.get(bytes);
      buffer.writeBytes(bytes);
    }
    subscription.request(1);
  }

  @Override
  public void onError(Throwable error) {
    body.completeExceptionally(error);
  }

  @Override
  public void onComplete() {
    body.complete(buffer.toByteArray());
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

package io.eparwatch.source;

import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Receives no body at all: cancels it at once. For answers whose body we never use (redirects,
 * error and maintenance pages), so that none is read, however large.
 */
final class SkippedBody implements BodySubscriber<byte[]> {

  private final CompletableFuture<byte[]> body = new CompletableFuture<>();

  @Override
  public void onSubscribe(Flow.Subscription subscription) {
    subscription.cancel();
    body.complete(new byte[0]);
  }

  @Override
  public void onNext(List<ByteBuffer> items) {}

  @Override
  public void onError(Throwable error) {}

  @Override
  public void onComplete() {}

  @Override
  public CompletionStage<byte[]> getBody() {
    return body;
  }
}

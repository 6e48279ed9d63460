package io.eparwatch.source;

import java.io.IOException;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Streams a response body into a new file, never more than {@code cap} bytes: a declared
 * Content-Length above the cap is refused before reading, an undeclared one is cut off as soon as
 * it passes, and a body shorter than its Content-Length fails. Completes with an empty array: the
 * body is in the file.
 */
final class FileBodySubscriber implements BodySubscriber<byte[]> {

  private static final byte[] IN_FILE = new byte[0];

  private final long cap;
  private final long declaredLength;
  private final CompletableFuture<byte[]> body = new CompletableFuture<>();
  private final FileChannel channel;
  private final IOException openError;
  private Flow.Subscription subscription;
  private long written;

  /**
   * Creates {@code file} at once (it must not exist yet); a failure to is reported on subscribe.
   */
  FileBodySubscriber(Path file, long cap, long declaredLength) {
    this.cap = cap;
    this.declaredLength = declaredLength;
    FileChannel opened = null;
    IOException error = null;
    try {
      opened = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    } catch (IOException e) {
      error = e;
    }
    this.channel = opened;
    this.openError = error;
  }

  @Override
  public void onSubscribe(Flow.Subscription subscription) {
    this.subscription = subscription;
    if (openError != null) {
      fail(openError);
    } else if (declaredLength > cap) {
      fail(tooLarge());
    } else {
      subscription.request(1);
    }
  }

  @Override
  public void onNext(List<ByteBuffer> items) {
    if (body.isDone()) {
      return;
    }
    try {
      for (ByteBuffer item : items) {
        if (written + item.remaining() > cap) {
          fail(tooLarge());
          return;
        }
        while (item.hasRemaining()) {
          written += channel.write(item);
        }
      }
    } catch (IOException e) {
      fail(e);
      return;
    }
    subscription.request(1);
  }

  @Override
  public void onError(Throwable error) {
    closeQuietly();
    body.completeExceptionally(error);
  }

  @Override
  public void onComplete() {
    try {
      channel.close();
    } catch (IOException e) {
      body.completeExceptionally(e);
      return;
    }
    if (declaredLength >= 0 && written < declaredLength) {
      body.completeExceptionally(
          new IOException(
              "transfer truncated: " + written + " of " + declaredLength + " bytes received"));
    } else {
      body.complete(IN_FILE);
    }
  }

  @Override
  public CompletionStage<byte[]> getBody() {
    return body;
  }

  private CappedBodySubscriber.BodyTooLargeException tooLarge() {
    return new CappedBodySubscriber.BodyTooLargeException("download", cap);
  }

  private void fail(IOException error) {
    subscription.cancel();
    closeQuietly();
    body.completeExceptionally(error);
  }

  private void closeQuietly() {
    if (channel == null) {
      return;
    }
    try {
      channel.close();
    } catch (IOException ignored) {
      // Already failing: the first error is the one worth reporting.
    }
  }
}

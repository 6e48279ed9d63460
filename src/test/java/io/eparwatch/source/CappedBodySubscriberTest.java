package io.eparwatch.source;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import org.junit.jupiter.api.Test;

/** A body is kept whole whatever Content-Length claims, and never beyond the cap. */
class CappedBodySubscriberTest {

  private static final byte[] BODY = bytes(40_000);

  @Test
  void keepsTheBodyWhenTheDeclaredLengthIsRight() throws Exception {
    assertArrayEquals(BODY, receive(new CappedBodySubscriber(100_000, BODY.length), BODY));
  }

  @Test
  void keepsTheBodyWhenTheDeclaredLengthIsTooShortOrAbsent() throws Exception {
    assertArrayEquals(BODY, receive(new CappedBodySubscriber(100_000, 10), BODY));
    assertArrayEquals(BODY, receive(new CappedBodySubscriber(100_000, -1), BODY));
  }

  @Test
  void keepsOnlyWhatCameWhenTheDeclaredLengthIsTooLong() throws Exception {
    assertArrayEquals(BODY, receive(new CappedBodySubscriber(100_000, 90_000), BODY));
    assertArrayEquals(new byte[0], receive(new CappedBodySubscriber(100_000, 90_000), new byte[0]));
  }

  @Test
  void acceptsExactlyTheCapAndRefusesOneByteMore() throws Exception {
    assertArrayEquals(BODY, receive(new CappedBodySubscriber(BODY.length, -1), BODY));

    CappedBodySubscriber over = new CappedBodySubscriber(BODY.length - 1, -1);
    ExecutionException refused = assertThrowsOn(over, BODY);
    assertEquals("body exceeds 39999 bytes", refused.getCause().getMessage());
  }

  @Test
  void refusesADeclaredLengthAboveTheCapWithoutReading() {
    CappedBodySubscriber subscriber = new CappedBodySubscriber(1000, 1001);
    Subscription subscription = new Subscription();
    subscriber.onSubscribe(subscription);

    assertTrue(subscription.cancelled);
    assertEquals(0, subscription.requested);
    assertTrue(subscriber.getBody().toCompletableFuture().isCompletedExceptionally());
  }

  /** Feeds {@code body} in uneven pieces, several per call, as the JDK client hands them over. */
  private static byte[] receive(CappedBodySubscriber subscriber, byte[] body) throws Exception {
    feed(subscriber, body);
    return subscriber.getBody().toCompletableFuture().get();
  }

  private static ExecutionException assertThrowsOn(CappedBodySubscriber subscriber, byte[] body) {
    feed(subscriber, body);
    return assertThrows(
        ExecutionException.class, () -> subscriber.getBody().toCompletableFuture().get());
  }

  private static void feed(CappedBodySubscriber subscriber, byte[] body) {
    Subscription subscription = new Subscription();
    subscriber.onSubscribe(subscription);
    int at = 0;
    int piece = 1;
    while (at < body.length && !subscription.cancelled) {
      List<ByteBuffer> items = new ArrayList<>();
      for (int i = 0; i < 3 && at < body.length; i++) {
        int length = Math.min(piece, body.length - at);
        items.add(ByteBuffer.wrap(body, at, length));
        at += length;
        piece = piece * 3 + 7;
      }
      subscriber.onNext(items);
    }
    if (!subscription.cancelled) {
      subscriber.onComplete();
    }
  }

  private static byte[] bytes(int length) {
    byte[] bytes = new byte[length];
    for (int i = 0; i < length; i++) {
      bytes[i] = (byte) (i * 31 + i / 256);
    }
    return bytes;
  }

  private static final class Subscription implements Flow.Subscription {
    long requested;
    boolean cancelled;

    @Override
    public void request(long n) {
      requested += n;
    }

    @Override
    public void cancel() {
      cancelled = true;
    }
  }
}

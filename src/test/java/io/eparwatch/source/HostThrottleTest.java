package io.eparwatch.source;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HostThrottleTest {

  private final ExecutorService twoThreads = Executors.newFixedThreadPool(2);

  @AfterEach
  void stopThreads() {
    twoThreads.shutdownNow();
  }

  private final TestClock clock = new TestClock();
  private final RecordingSleeper sleeper = new RecordingSleeper(clock);
  private final HostThrottle throttle = new HostThrottle(Duration.ofSeconds(1), clock, sleeper);

  @Test
  void firstRequestGoesAtOnceAndTheNextWaitsForTheGap() throws Exception {
    request();
    request();

    assertEquals(List.of(Duration.ofSeconds(1)), sleeper.sleeps());
  }

  @Test
  void gapCountsFromTheEndOfThePreviousRequest() throws Exception {
    throttle.inTurn(
        () -> {
          clock.advance(Duration.ofSeconds(5));
          return "slow";
        },
        until -> "refused");
    clock.advance(Duration.ofMillis(300));

    request();

    assertEquals(List.of(Duration.ofMillis(700)), sleeper.sleeps());
  }

  @Test
  void noWaitWhenTheGapHasAlreadyPassed() throws Exception {
    request();
    clock.advance(Duration.ofSeconds(3));

    request();

    assertEquals(List.of(), sleeper.sleeps());
  }

  @Test
  void pauseDelaysTheNextRequestBeyondTheGap() throws Exception {
    request();
    throttle.pauseUntil(clock.instant().plusSeconds(4));

    request();

    assertEquals(List.of(Duration.ofSeconds(4)), sleeper.sleeps());
  }

  @Test
  void refusalAnswersWithoutCallingUntilItEnds() throws Exception {
    Instant until = clock.instant().plusSeconds(60);
    throttle.refuseUntil(until);
    AtomicBoolean called = new AtomicBoolean();

    String answer =
        throttle.inTurn(
            () -> {
              called.set(true);
              return "sent";
            },
            at -> "refused until " + at);

    assertEquals("refused until " + until, answer);
    assertEquals(false, called.get());
    clock.advance(Duration.ofSeconds(60));
    assertEquals("sent", request());
  }

  @Test
  void onlyOneRequestAtATime() throws Exception {
    CountDownLatch firstInside = new CountDownLatch(1);
    CountDownLatch releaseFirst = new CountDownLatch(1);
    AtomicBoolean secondInside = new AtomicBoolean();
    CompletableFuture<String> first =
        CompletableFuture.supplyAsync(
            () ->
                inTurn(
                    () -> {
                      firstInside.countDown();
                      releaseFirst.await(5, TimeUnit.SECONDS);
                      return "first";
                    }),
            twoThreads);
    firstInside.await(5, TimeUnit.SECONDS);
    CompletableFuture<String> second =
        CompletableFuture.supplyAsync(
            () ->
                inTurn(
                    () -> {
                      secondInside.set(true);
                      return "second";
                    }),
            twoThreads);

    await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).untilFalse(secondInside);
    releaseFirst.countDown();

    assertEquals("first", first.get(5, TimeUnit.SECONDS));
    assertEquals("second", second.get(5, TimeUnit.SECONDS));
    assertEquals(List.of(Duration.ofSeconds(1)), sleeper.sleeps());
  }

  private String request() throws InterruptedException {
    return throttle.inTurn(() -> "sent", until -> "refused");
  }

  private String inTurn(HostThrottle.Call<String> call) {
    try {
      return throttle.inTurn(call, until -> "refused");
    } catch (InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }
}

package io.eparwatch.source;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HostThrottleTest {

  private static final Duration HOLD = Duration.ofMinutes(1);

  private final ExecutorService twoThreads = Executors.newFixedThreadPool(2);

  @AfterEach
  void stopThreads() {
    twoThreads.shutdownNow();
  }

  private final TestClock clock = new TestClock();
  private final RecordingSleeper sleeper = new RecordingSleeper(clock);
  private final MemoryEmaPauses pauses = new MemoryEmaPauses();
  // max-in-flight 4 is ignored: a gap above zero means one request at a time.
  private final List<Duration> waits = new CopyOnWriteArrayList<>();
  private final HostThrottle throttle = throttle(Duration.ofSeconds(1), 4);

  @Test
  void firstRequestGoesAtOnceAndTheNextWaitsForTheGap() throws Exception {
    request();
    request();

    assertEquals(List.of(Duration.ofSeconds(1)), sleeper.sleeps());
    assertEquals(List.of(Duration.ofSeconds(1)), waits, "the wait is metered");
  }

  @Test
  void gapCountsFromTheEndOfThePreviousRequest() throws Exception {
    throttle.inTurn(
        () -> {
          clock.advance(Duration.ofSeconds(5));
          return "slow";
        },
        HOLD,
        Duration.ZERO,
        pause -> "refused");
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
  void aPauseWithinPatienceIsWaitedOutBeyondTheGap() throws Exception {
    request();
    throttle.pause(new EmaPause(clock.instant().plusSeconds(4), "test"));

    String answer = throttle.inTurn(() -> "sent", HOLD, Duration.ofSeconds(4), pause -> "refused");

    assertEquals("sent", answer);
    assertEquals(List.of(Duration.ofSeconds(4)), sleeper.sleeps());
  }

  @Test
  void aPauseLongerThanPatienceAnswersWithoutCallingUntilItEnds() throws Exception {
    Instant until = clock.instant().plusSeconds(60);
    throttle.pause(new EmaPause(until, "test"));
    AtomicBoolean called = new AtomicBoolean();

    String answer =
        throttle.inTurn(
            () -> {
              called.set(true);
              return "sent";
            },
            HOLD,
            Duration.ofSeconds(59),
            pause -> "refused until " + pause.until());

    assertEquals("refused until " + until, answer);
    assertEquals(List.of(), sleeper.sleeps());
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

  @Test
  void aShorterPauseNeverCutsALongerOneShort() throws Exception {
    Instant until = clock.instant().plusSeconds(600);
    throttle.pause(new EmaPause(until, "long"));
    throttle.pause(new EmaPause(clock.instant().plusSeconds(5), "short"));

    assertEquals(until, pauses.at(clock.instant()).orElseThrow().until());
  }

  @Test
  void withoutAGapUpToMaxInFlightRequestsRunAtOnceAndNeverMore() throws Exception {
    HostThrottle mirror = throttle(Duration.ZERO, 3);
    ExecutorService callers = Executors.newFixedThreadPool(10);
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger mostInFlight = new AtomicInteger();
    CountDownLatch release = new CountDownLatch(1);
    try {
      List<Future<String>> answers = new ArrayList<>();
      for (int i = 0; i < 10; i++) {
        answers.add(
            callers.submit(
                () ->
                    mirror.inTurn(
                        () -> {
                          mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                          release.await(5, TimeUnit.SECONDS);
                          inFlight.decrementAndGet();
                          return "sent";
                        },
                        HOLD,
                        Duration.ZERO,
                        pause -> "refused")));
      }
      // Three get in; the other seven wait for a turn as long as the three hold theirs.
      await()
          .during(Duration.ofMillis(300))
          .atMost(Duration.ofSeconds(3))
          .until(() -> inFlight.get() == 3);
      release.countDown();
      for (Future<String> answer : answers) {
        assertEquals("sent", answer.get(5, TimeUnit.SECONDS));
      }
    } finally {
      callers.shutdownNow();
    }
    assertEquals(3, mostInFlight.get());
  }

  /** A throttle as one instance has it, its turns in memory, its waits recorded. */
  private HostThrottle throttle(Duration minGap, int maxInFlight) {
    EmaBudget budget =
        new EmaBudget(pauses, new MemoryEmaTurns(minGap), new MemoryRobotsStore(), waits::add);
    return new HostThrottle(minGap, maxInFlight, clock, sleeper, budget);
  }

  private String request() throws InterruptedException {
    return throttle.inTurn(() -> "sent", HOLD, Duration.ZERO, pause -> "refused");
  }

  private String inTurn(HostThrottle.Call<String> call) {
    try {
      return throttle.inTurn(call, HOLD, Duration.ZERO, pause -> "refused");
    } catch (InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }
}

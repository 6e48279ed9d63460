package io.eparwatch.source;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Politeness towards the EMA host: a minimum gap between the end of one request and the start of
 * the next, strictly one request at a time while that gap is above zero (up to {@code maxInFlight}
 * at once only when it is zero: a mirror or a test server), and the pause EMA asked for
 * (Retry-After). The gap and the requests in flight are kept in {@link EmaTurns} and the pause in
 * {@link EmaPauses}: stored, they bind every instance together. Each wait is reported to the
 * budget's meter.
 */
public final class HostThrottle {

  /** One request to the host, run while holding a turn. */
  @FunctionalInterface
  public interface Call<T> {
    T run() throws InterruptedException;
  }

  // This instance's callers queue here first (fair, so a steady stream of checks cannot starve one
  // waiting caller), then take the shared turn: only as many callers as may send ask the database.
  private final Semaphore local;
  private final Clock clock;
  private final Sleeper sleeper;
  private final EmaBudget budget;

  public HostThrottle(
      Duration minGap, int maxInFlight, Clock clock, Sleeper sleeper, EmaBudget budget) {
    int concurrent = minGap.isZero() || minGap.isNegative() ? Math.max(1, maxInFlight) : 1;
    this.local = new Semaphore(concurrent, true);
    this.clock = clock;
    this.sleeper = sleeper;
    this.budget = budget;
  }

  /**
   * Waits for a turn and runs {@code call}, which holds the turn at most {@code hold} (should this
   * instance die meanwhile, others may send after that). Inside a pause, waits for its end when
   * that is at most {@code patience} away; otherwise returns {@code whenPaused} applied to the
   * pause, without calling.
   */
  public <T> T inTurn(
      Call<T> call, Duration hold, Duration patience, Function<EmaPause, T> whenPaused)
      throws InterruptedException {
    Duration patienceLeft = patience;
    Instant waitedUntil = null;
    while (true) {
      Optional<EmaPause> pause = pauseAfter(waitedUntil);
      if (pause.isPresent()) {
        Duration remaining = Duration.between(clock.instant(), pause.get().until());
        if (remaining.compareTo(patienceLeft) > 0) {
          return whenPaused.apply(pause.get());
        }
        sleep(remaining);
        patienceLeft = patienceLeft.minus(remaining);
        waitedUntil = pause.get().until();
        continue;
      }
      boolean waitedForTurn = !local.tryAcquire(0, TimeUnit.SECONDS);
      if (waitedForTurn) {
        Instant queued = clock.instant();
        local.acquire();
        budget.waited(Duration.between(queued, clock.instant()));
      }
      try {
        // A pause may have begun while we waited for the turn.
        if (waitedForTurn && pauseAfter(waitedUntil).isPresent()) {
          continue;
        }
        Optional<EmaTurns.Taken> turn = sharedTurn(hold, waitedUntil);
        if (turn.isPresent()) {
          return runHolding(turn.get(), call);
        }
      } finally {
        local.release();
      }
    }
  }

  /** Pauses every request (from any caller, on any instance) until {@code pause.until()}. */
  public void pause(EmaPause pause) {
    budget.pauses().extend(pause);
  }

  /**
   * The shared turn, once free and the gap after the last request (of any instance) has passed;
   * empty when a pause began while waiting for it.
   */
  private Optional<EmaTurns.Taken> sharedTurn(Duration hold, Instant waitedUntil)
      throws InterruptedException {
    boolean waited = false;
    while (true) {
      Instant now = clock.instant();
      EmaTurns.Attempt attempt = budget.turns().take(now, hold);
      if (attempt instanceof EmaTurns.Taken taken) {
        if (waited && pauseAfter(waitedUntil).isPresent()) {
          budget.turns().giveBack(taken);
          return Optional.empty();
        }
        return Optional.of(taken);
      }
      Instant retryAt = ((EmaTurns.NotBefore) attempt).retryAt();
      if (retryAt.isAfter(now)) {
        sleep(Duration.between(now, retryAt));
        waited = true;
      }
    }
  }

  private <T> T runHolding(EmaTurns.Taken turn, Call<T> call) throws InterruptedException {
    try {
      return call.run();
    } finally {
      budget.turns().release(turn, clock.instant());
    }
  }

  private void sleep(Duration duration) throws InterruptedException {
    sleeper.sleep(duration);
    budget.waited(duration);
  }

  /** The pause in force now, unless it ends no later than the one already waited for. */
  private Optional<EmaPause> pauseAfter(Instant waitedUntil) {
    return budget
        .pauses()
        .at(clock.instant())
        .filter(pause -> waitedUntil == null || pause.until().isAfter(waitedUntil));
  }
}

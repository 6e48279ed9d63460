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
 * (Retry-After), kept in {@link EmaPauses} so that it binds every instance and outlives a restart.
 */
public final class HostThrottle {

  /** One request to the host, run while holding a turn. */
  @FunctionalInterface
  public interface Call<T> {
    T run() throws InterruptedException;
  }

  // Fair, so a steady stream of checks cannot starve one waiting caller.
  private final Semaphore turns;
  private final Duration minGap;
  private final Clock clock;
  private final Sleeper sleeper;
  private final EmaPauses pauses;
  private volatile Instant lastEnd; // written by the holder of the only turn when minGap > 0

  public HostThrottle(
      Duration minGap, int maxInFlight, Clock clock, Sleeper sleeper, EmaPauses pauses) {
    int concurrent = minGap.isZero() || minGap.isNegative() ? Math.max(1, maxInFlight) : 1;
    this.turns = new Semaphore(concurrent, true);
    this.minGap = minGap;
    this.clock = clock;
    this.sleeper = sleeper;
    this.pauses = pauses;
  }

  /**
   * Waits for a turn and runs {@code call}. Inside a pause, waits for its end when that is at most
   * {@code patience} away; otherwise returns {@code whenPaused} applied to the pause, without
   * calling.
   */
  public <T> T inTurn(Call<T> call, Duration patience, Function<EmaPause, T> whenPaused)
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
        sleeper.sleep(remaining);
        patienceLeft = patienceLeft.minus(remaining);
        waitedUntil = pause.get().until();
        continue;
      }
      boolean waitedForTurn = !turns.tryAcquire(0, TimeUnit.SECONDS);
      if (waitedForTurn) {
        turns.acquire();
      }
      try {
        // A pause may have begun while we waited for the turn.
        if (waitedForTurn && pauseAfter(waitedUntil).isPresent()) {
          continue;
        }
        return runAfterGap(call);
      } finally {
        turns.release();
      }
    }
  }

  /** Pauses every request (from any caller, on any instance) until {@code pause.until()}. */
  public void pause(EmaPause pause) {
    pauses.extend(pause);
  }

  private <T> T runAfterGap(Call<T> call) throws InterruptedException {
    Duration wait = gapLeft();
    if (!wait.isZero()) {
      sleeper.sleep(wait);
    }
    try {
      return call.run();
    } finally {
      lastEnd = clock.instant();
    }
  }

  /** The pause in force now, unless it ends no later than the one already waited for. */
  private Optional<EmaPause> pauseAfter(Instant waitedUntil) {
    return pauses
        .at(clock.instant())
        .filter(pause -> waitedUntil == null || pause.until().isAfter(waitedUntil));
  }

  private Duration gapLeft() {
    Instant previous = lastEnd;
    if (previous == null || minGap.isZero() || minGap.isNegative()) {
      return Duration.ZERO;
    }
    Instant now = clock.instant();
    Instant earliest = previous.plus(minGap);
    return earliest.isAfter(now) ? Duration.between(now, earliest) : Duration.ZERO;
  }
}

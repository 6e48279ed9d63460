package io.eparwatch.source;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * Politeness towards the EMA host: one request at a time, a minimum gap between the end of one
 * request and the start of the next, and server-requested pauses (Retry-After).
 */
public final class HostThrottle {

  /** One request to the host, run while holding the host's turn. */
  @FunctionalInterface
  public interface Call<T> {
    T run() throws InterruptedException;
  }

  // Fair, so a steady stream of checks cannot starve one waiting caller.
  private final ReentrantLock turn = new ReentrantLock(true);
  private final Duration minGap;
  private final Clock clock;
  private final Sleeper sleeper;
  private Instant lastEnd; // guarded by turn
  private Instant pausedUntil; // guarded by turn
  private volatile Instant refusedUntil;

  public HostThrottle(Duration minGap, Clock clock, Sleeper sleeper) {
    this.minGap = minGap;
    this.clock = clock;
    this.sleeper = sleeper;
  }

  /**
   * Waits for the host's turn and runs {@code call}; if the host asked us to stay away, returns
   * {@code whenRefused} applied to the instant until which it did, without calling.
   */
  public <T> T inTurn(Call<T> call, Function<Instant, T> whenRefused) throws InterruptedException {
    turn.lockInterruptibly();
    try {
      Instant refusal = refusedUntil;
      if (refusal != null && clock.instant().isBefore(refusal)) {
        return whenRefused.apply(refusal);
      }
      Duration wait = waitBeforeNextRequest();
      if (!wait.isZero()) {
        sleeper.sleep(wait);
      }
      try {
        return call.run();
      } finally {
        lastEnd = clock.instant();
      }
    } finally {
      turn.unlock();
    }
  }

  /** Delays every next request (from any caller) until {@code until}: a short Retry-After. */
  public void pauseUntil(Instant until) {
    turn.lock();
    try {
      pausedUntil = pausedUntil == null || until.isAfter(pausedUntil) ? until : pausedUntil;
    } finally {
      turn.unlock();
    }
  }

  /** Refuses every request until {@code until}: a Retry-After too long to wait for. */
  public void refuseUntil(Instant until) {
    refusedUntil = until;
  }

  private Duration waitBeforeNextRequest() {
    Instant now = clock.instant();
    Instant earliest = lastEnd == null ? now : lastEnd.plus(minGap);
    if (pausedUntil != null && pausedUntil.isAfter(earliest)) {
      earliest = pausedUntil;
    }
    return earliest.isAfter(now) ? Duration.between(now, earliest) : Duration.ZERO;
  }
}

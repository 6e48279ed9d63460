package io.eparwatch.alert;

import java.time.Duration;
import java.time.Instant;

/**
 * When a failed delivery is tried again: {@code backoff × 2^(attempts − 1)}, at most {@code max};
 * after {@code maxAttempts} attempts it is given up.
 */
record RetrySchedule(Duration backoff, Duration max, int maxAttempts) {

  boolean givesUpAfter(int attempts) {
    return attempts >= maxAttempts;
  }

  Instant nextAttempt(int attempts, Instant now) {
    int doublings = Math.max(0, Math.min(attempts - 1, 30));
    Duration wait = backoff.multipliedBy(1L << doublings);
    return now.plus(wait.compareTo(max) > 0 ? max : wait);
  }
}

package io.eparwatch.testing;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The application's clock in end-to-end tests: real time plus an offset that a test moves forward
 * (a retry due in 30 s is due at once after {@code advance(31s)}), so nothing waits. Untouched, it
 * is the system clock, so tests that do not move it see real time.
 */
@Alternative
@Priority(1)
@Singleton
public class MovableClock extends Clock {

  private volatile Duration offset = Duration.ZERO;

  public void advance(Duration duration) {
    offset = offset.plus(duration);
  }

  /** Back to real time; call it before each test that moves the clock. */
  public void reset() {
    offset = Duration.ZERO;
  }

  @Override
  public Instant instant() {
    return Instant.now().plus(offset);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("the application's clock is UTC");
  }
}

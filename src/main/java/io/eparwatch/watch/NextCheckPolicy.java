package io.eparwatch.watch;

import io.eparwatch.config.EparWatchConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;

/**
 * When a watch is due again: the regular interval after success, a doubling backoff after failures.
 */
@ApplicationScoped
public class NextCheckPolicy {

  private final Duration interval;
  private final Duration errorBackoff;
  private final Duration maxErrorBackoff;

  @Inject
  public NextCheckPolicy(EparWatchConfig config) {
    this(
        config.schedule().pageInterval(),
        config.schedule().errorBackoff(),
        config.schedule().maxErrorBackoff());
  }

  NextCheckPolicy(Duration interval, Duration errorBackoff, Duration maxErrorBackoff) {
    this.interval = interval;
    this.errorBackoff = errorBackoff;
    this.maxErrorBackoff = maxErrorBackoff;
  }

  public Instant onSuccess(Instant now) {
    return now.plus(interval);
  }

  /**
   * After the {@code errorCount}-th failure in a row; never before {@code notBefore}, the time EMA
   * asked us to wait for (nullable).
   */
  public Instant onFailure(Instant now, int errorCount, Instant notBefore) {
    int doublings = Math.min(Math.max(errorCount - 1, 0), 20);
    Duration backoff = errorBackoff.multipliedBy(1L << doublings);
    if (backoff.compareTo(maxErrorBackoff) > 0) {
      backoff = maxErrorBackoff;
    }
    Instant next = now.plus(backoff);
    return notBefore != null && notBefore.isAfter(next) ? notBefore : next;
  }
}

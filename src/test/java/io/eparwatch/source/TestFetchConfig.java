package io.eparwatch.source;

import io.eparwatch.config.EparWatchConfig;
import io.quarkus.runtime.configuration.MemorySize;
import java.math.BigInteger;
import java.time.Duration;

/** Fetch settings for tests: production defaults, changeable field by field. */
final class TestFetchConfig implements EparWatchConfig.Fetch {

  static final String USER_AGENT = "EPARWatch/0.1 (+https://github.com/eparwatch; test)";

  String userAgent = USER_AGENT;
  Duration connectTimeout = Duration.ofSeconds(2);
  Duration readTimeout = Duration.ofSeconds(5);
  long maxBodyBytes = 5 * 1024 * 1024;
  Duration minGap = Duration.ofSeconds(1);
  int maxRetries = 2;
  Duration retryBackoff = Duration.ofSeconds(2);
  Duration maxRetryAfterWait = Duration.ofSeconds(30);
  Duration maxPause = Duration.ofHours(1);
  int maxInFlight = 1;
  boolean respectRobots = false;
  Duration robotsTtl = Duration.ofHours(24);

  @Override
  public String userAgent() {
    return userAgent;
  }

  @Override
  public Duration connectTimeout() {
    return connectTimeout;
  }

  @Override
  public Duration readTimeout() {
    return readTimeout;
  }

  @Override
  public MemorySize maxBodySize() {
    return new MemorySize(BigInteger.valueOf(maxBodyBytes));
  }

  @Override
  public Duration minGap() {
    return minGap;
  }

  @Override
  public int maxRetries() {
    return maxRetries;
  }

  @Override
  public Duration retryBackoff() {
    return retryBackoff;
  }

  @Override
  public Duration maxRetryAfterWait() {
    return maxRetryAfterWait;
  }

  @Override
  public Duration maxPause() {
    return maxPause;
  }

  @Override
  public int maxInFlight() {
    return maxInFlight;
  }

  @Override
  public boolean respectRobots() {
    return respectRobots;
  }

  @Override
  public Duration robotsTtl() {
    return robotsTtl;
  }
}

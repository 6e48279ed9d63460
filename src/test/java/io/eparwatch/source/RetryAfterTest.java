package io.eparwatch.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryAfterTest {

  private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");

  @Test
  void readsDeltaSeconds() {
    assertEquals(Optional.of(Duration.ofSeconds(120)), RetryAfter.parse(" 120 ", NOW));
  }

  @Test
  void readsAnHttpDate() {
    assertEquals(
        Optional.of(Duration.ofMinutes(90)),
        RetryAfter.parse("Sat, 01 Mar 2025 11:30:00 GMT", NOW));
  }

  @Test
  void aDateInThePastMeansNoWait() {
    assertEquals(
        Optional.of(Duration.ZERO), RetryAfter.parse("Sat, 01 Mar 2025 09:00:00 GMT", NOW));
  }

  @Test
  void absentOrUnreadableMeansNothingWasAsked() {
    assertEquals(Optional.empty(), RetryAfter.parse(null, NOW));
    assertEquals(Optional.empty(), RetryAfter.parse("soon", NOW));
    assertEquals(Optional.empty(), RetryAfter.parse("-5", NOW));
  }
}

package io.eparwatch.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

  static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
  final RetrySchedule retries = new RetrySchedule(Duration.ofSeconds(30), Duration.ofHours(1), 30);

  @Test
  void theWaitStartsAtTheBackOffAndDoubles() {
    assertEquals(NOW.plusSeconds(30), retries.nextAttempt(1, NOW));
    assertEquals(NOW.plusSeconds(60), retries.nextAttempt(2, NOW));
    assertEquals(NOW.plusSeconds(120), retries.nextAttempt(3, NOW));
    assertEquals(NOW.plusSeconds(1920), retries.nextAttempt(7, NOW));
  }

  @Test
  void theWaitNeverExceedsTheMaximumEvenAfterManyAttempts() {
    assertEquals(NOW.plus(Duration.ofHours(1)), retries.nextAttempt(8, NOW));
    assertEquals(NOW.plus(Duration.ofHours(1)), retries.nextAttempt(1_000, NOW));
  }

  @Test
  void itGivesUpAtTheMaximumNumberOfAttempts() {
    assertFalse(retries.givesUpAfter(29));
    assertTrue(retries.givesUpAfter(30));
  }
}

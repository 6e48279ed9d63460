package io.eparwatch.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class NextCheckPolicyTest {

  private static final Instant NOW = Instant.parse("2025-10-06T08:00:00Z");
  private final NextCheckPolicy policy =
      new NextCheckPolicy(Duration.ofHours(6), Duration.ofMinutes(15), Duration.ofHours(24));

  @Test
  void successWaitsTheRegularInterval() {
    assertEquals(NOW.plus(Duration.ofHours(6)), policy.onSuccess(NOW));
  }

  @Nested
  class AfterFailures {

    @Test
    void firstFailureWaitsTheBaseBackoff() {
      assertEquals(NOW.plus(Duration.ofMinutes(15)), policy.onFailure(NOW, 1, null));
    }

    @Test
    void backoffDoublesWithEachFailureInARow() {
      assertEquals(NOW.plus(Duration.ofMinutes(60)), policy.onFailure(NOW, 3, null));
    }

    @Test
    void backoffIsBounded() {
      assertEquals(NOW.plus(Duration.ofHours(24)), policy.onFailure(NOW, 40, null));
    }

    @Test
    void retryAfterFromEmaWinsWhenLater() {
      Instant asked = NOW.plus(Duration.ofHours(2));
      assertEquals(asked, policy.onFailure(NOW, 1, asked));
    }

    @Test
    void earlierRetryAfterDoesNotShortenTheBackoff() {
      assertEquals(NOW.plus(Duration.ofMinutes(15)), policy.onFailure(NOW, 1, NOW.plusSeconds(10)));
    }
  }
}

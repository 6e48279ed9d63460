package io.eparwatch.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eparwatch.source.TestClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Readiness: an export never ingested is down once the service has run past stale-after. */
class FreshnessTest {

  private final TestClock clock = new TestClock();
  private final Freshness freshness = new Freshness(clock, Duration.ofHours(36));

  @Test
  void anExportNeverIngestedIsDownOnceTheServiceHasRunLongerThanStaleAfter() {
    assertEquals(Freshness.State.NOT_INGESTED_YET, freshness.of(null));
    clock.advance(Duration.ofHours(36));
    assertEquals(Freshness.State.NOT_INGESTED_YET, freshness.of(null));
    clock.advance(Duration.ofSeconds(1));
    assertEquals(Freshness.State.NEVER_INGESTED, freshness.of(null));
    assertTrue(freshness.of(null).down());
    assertTrue(freshness.describe(null).contains("never ingested"), freshness.describe(null));
  }

  @Test
  void anIngestedExportIsStaleWhenItsTimestampIsOlderThanStaleAfter() {
    Instant exported = clock.instant();
    clock.advance(Duration.ofHours(36).plusSeconds(1));
    assertEquals(Freshness.State.STALE, freshness.of(exported));
    assertEquals("STALE, export of " + exported, freshness.describe(exported));
    assertEquals(Freshness.State.CURRENT, freshness.of(clock.instant().minusSeconds(60)));
  }
}

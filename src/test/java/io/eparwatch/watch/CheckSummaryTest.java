package io.eparwatch.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.eparwatch.change.ChangeEvent;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The log line never says "CHANGED (0 changes)" or "UNCHANGED (1 changes)". */
class CheckSummaryTest {

  private static String summary(Outcome outcome, int events, String message) {
    List<ChangeEvent> changes = Collections.nCopies(events, new ChangeEvent());
    return CheckSummary.of(new CheckOutcome(outcome, 1L, changes, message));
  }

  @Test
  void aNewVersionSaysWhatItPublished() {
    assertEquals("CHANGED, 3 changes published", summary(Outcome.CHANGED, 3, null));
    assertEquals("CHANGED, 1 change published", summary(Outcome.CHANGED, 1, null));
    assertEquals(
        "CHANGED, new version stored, nothing published yet (removals wait to be confirmed)",
        summary(Outcome.CHANGED, 0, null));
  }

  @Test
  void anUnchangedPageNamesTheRemovalsItConfirmed() {
    assertEquals("UNCHANGED", summary(Outcome.UNCHANGED, 0, null));
    assertEquals(
        "UNCHANGED, 1 earlier removal confirmed and published",
        summary(Outcome.UNCHANGED, 1, null));
    assertEquals(
        "NOT_MODIFIED, 2 earlier removals confirmed and published",
        summary(Outcome.NOT_MODIFIED, 2, null));
  }

  @Test
  void aFailureOrSuspectPageGivesItsReason() {
    assertEquals(
        "FAILED: EMA answered HTTP 503", summary(Outcome.FAILED, 0, "EMA answered HTTP 503"));
    assertEquals("BASELINE", summary(Outcome.BASELINE, 0, null));
  }
}

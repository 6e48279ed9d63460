package io.eparwatch.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eparwatch.change.DocumentLossGuard;
import io.eparwatch.change.FieldLossGuard;
import io.eparwatch.epar.EparPage;
import io.eparwatch.epar.EparPageParser;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The rule that lets a page held for loss through, and the charset a body is decoded with. */
class PageGuardsTest {

  private final PageGuards guards =
      new PageGuards(new EparPageParser(), new DocumentLossGuard(0.3), new FieldLossGuard(0.2), 3);
  private final PageAssessment.Suspect heldForLoss =
      new PageAssessment.Suspect(EparPage.builder().name("Keytruda").build(), "h1", "lost");

  @Test
  void aPageHeldForLossIsAcceptedOnlyAtTheConfiguredSighting() {
    assertFalse(guards.acceptedAfterRepeats(heldForLoss, null, 0));
    assertFalse(guards.acceptedAfterRepeats(heldForLoss, "h1", 1));
    assertTrue(guards.acceptedAfterRepeats(heldForLoss, "h1", 2));
  }

  @Test
  void aDifferentBodyStartsTheCountAgain() {
    assertFalse(guards.acceptedAfterRepeats(heldForLoss, "h0", 5));
  }

  @Test
  void aBodyThatIsNoEparPageIsNeverAccepted() {
    PageAssessment.Suspect notEpar = new PageAssessment.Suspect(null, "h1", "Not an EPAR page");
    assertFalse(guards.acceptedAfterRepeats(notEpar, "h1", 100));
  }

  @Test
  void theCharsetComesFromTheContentTypeAndFallsBackToUtf8() {
    assertEquals(
        StandardCharsets.ISO_8859_1, PageGuards.charsetOf("text/html; charset=\"ISO-8859-1\""));
    assertEquals(StandardCharsets.UTF_8, PageGuards.charsetOf("text/html; charset=no-such"));
    assertEquals(StandardCharsets.UTF_8, PageGuards.charsetOf(null));
  }
}

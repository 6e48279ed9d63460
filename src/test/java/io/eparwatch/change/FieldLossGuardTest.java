package io.eparwatch.change;

import static io.eparwatch.change.TestPages.assessmentReport;
import static io.eparwatch.change.TestPages.page;
import static io.eparwatch.change.TestPages.productInformation;
import static io.eparwatch.change.TestPages.summary;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eparwatch.epar.EparPage;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The page fields (15) and document fields (4 + 3 + 3) of the test page: 25 values. */
class FieldLossGuardTest {

  private final FieldLossGuard guard = new FieldLossGuard(0.2);

  @Test
  void oneValueGoneIsTrustedAndHeldInstead() {
    assertTrue(guard.suspicion(page().build(), page().revision(null).build()).isEmpty());
  }

  @Test
  void datesInANewFormatEverywhereMakeThePageSuspect() {
    EparPage undated =
        page()
            .opinionAdopted(null)
            .pageLastUpdated(null)
            .latestProcedure("VR/0000245512", null)
            .documents(
                productInformation().lastUpdated(null),
                summary().lastUpdated(null),
                assessmentReport().lastUpdated(null))
            .build();
    assertEquals(
        "page lost 6 of its 25 field values at once (more than 20%)",
        guard.suspicion(page().build(), undated).orElseThrow());
  }

  @Test
  void changedValuesAndValuesGainedAreNoLoss() {
    EparPage before = page().revision(null).opinionAdopted(null).pageLastUpdated(null).build();
    EparPage after =
        page()
            .atcCode("L01XX51")
            .therapeuticArea("Skin cancer")
            .indication("Other")
            .inn("other")
            .marketingAuthorisationHolder("Other B.V.")
            .build();
    assertTrue(guard.suspicion(before, after).isEmpty());
  }

  @Test
  void aProcedureThatLostOnlyItsDateIsALossOneThatChangedIsNot() {
    assertTrue(
        FieldHolds.isLoss(
            Change.fieldChanged("latestProcedure", "VR/1 (2025-03-14)", "VR/1", null)));
    assertFalse(
        FieldHolds.isLoss(
            Change.fieldChanged("latestProcedure", "VR/1 (2025-03-14)", "II/2", null)));
    assertTrue(FieldHolds.isLoss(Change.fieldChanged("revision", "16", null, null)));
    assertFalse(FieldHolds.isLoss(Change.fieldChanged("revision", null, "16", null)));
    assertFalse(FieldHolds.isLoss(Change.fieldChanged("revision", "16", "17", null)));
  }

  @Test
  void aPageThatStatedNothingCannotLoseAnything() {
    EparPage empty = EparPage.builder().build();
    assertTrue(guard.suspicion(empty, empty).isEmpty());
    assertFalse(
        guard
            .suspicion(page().opinionAdopted(LocalDate.of(2015, 1, 1)).build(), page().build())
            .isPresent());
  }
}

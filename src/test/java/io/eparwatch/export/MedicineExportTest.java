package io.eparwatch.export;

import static io.eparwatch.export.ExportFixtures.MEDICINES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real medicines sample: 21 records across statuses, human and veterinary. */
class MedicineExportTest {

  private static ExportRead.Accepted<MedicineRecord> sample;

  @BeforeAll
  static void readSample() {
    String json = ExportFixtures.text(MEDICINES);
    sample = ExportFixtures.accepted(ExportReader.readMedicines(ExportFixtures.stream(json), 0));
  }

  private static MedicineRecord named(String name) {
    return sample.records().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void readsTheEnvelope() {
    assertEquals(new ExportMeta(21, Instant.parse("2026-09-26T06:02:29Z")), sample.meta());
    assertEquals(21, sample.records().size());
    assertEquals(0, sample.skipped());
  }

  @Test
  void readsAnAuthorisedHumanMedicineFieldByField() {
    MedicineRecord tyruko = named("Tyruko");
    assertEquals("Human", tyruko.category());
    assertEquals("EMEA/H/C/005752", tyruko.productNumber());
    assertEquals("Authorised", tyruko.status());
    assertNull(tyruko.opinionStatus());
    assertEquals("VR/0000361517", tyruko.latestProcedure());
    assertEquals("natalizumab", tyruko.inn());
    assertEquals("natalizumab", tyruko.activeSubstance());
    assertEquals(
        "Multiple Sclerosis, Relapsing-Remitting; Multiple Sclerosis", tyruko.therapeuticArea());
    assertEquals("L04AG03", tyruko.atcCode());
    assertEquals("Immunosuppressants", tyruko.pharmacotherapeuticGroup());
    assertTrue(
        tyruko.indication().startsWith("Tyruko is indicated as single disease modifying therapy"));
    assertEquals("Sandoz GmbH", tyruko.marketingAuthorisationHolder());
    assertEquals(LocalDate.of(2023, 7, 20), tyruko.opinionAdopted());
    assertEquals(LocalDate.of(2023, 9, 22), tyruko.authorisationIssued());
    assertEquals("4", tyruko.revision());
    assertEquals(LocalDate.of(2023, 7, 17), tyruko.firstPublished());
    assertEquals(LocalDate.of(2026, 9, 25), tyruko.lastUpdated());
    assertEquals("https://www.ema.europa.eu/en/medicines/human/EPAR/tyruko", tyruko.medicineUrl());
    assertEquals(List.of("additional_monitoring", "biosimilar"), tyruko.flags());
  }

  @Test
  void refusedMedicineHasNoAuthorisationDateRevisionOrFlags() {
    MedicineRecord tacquell = named("Tacquell");
    assertEquals("Refused", tacquell.status());
    assertEquals("Negative", tacquell.opinionStatus());
    assertNull(tacquell.authorisationIssued());
    assertNull(tacquell.revision());
    assertEquals(LocalDate.of(2026, 6, 25), tacquell.opinionAdopted());
    assertEquals(List.of(), tacquell.flags());
    assertTrue(
        tacquell.indication().endsWith("given as (neo)adjuvant therapy."), tacquell.indication());
  }

  @Test
  void veterinaryOpinionUsesTheVeterinaryVariantsAndHasNoPublicationDates() {
    MedicineRecord cirbloc = named("Cirbloc");
    assertEquals("Veterinary", cirbloc.category());
    assertEquals("Opinion", cirbloc.status());
    assertEquals("Positive", cirbloc.opinionStatus());
    assertEquals("QI09AA07", cirbloc.atcCode());
    assertEquals("Immunologicals for suidae", cirbloc.pharmacotherapeuticGroup());
    assertNull(cirbloc.authorisationIssued());
    assertNull(cirbloc.lastUpdated());
    assertEquals(LocalDate.of(2026, 9, 11), cirbloc.firstPublished());
    assertTrue(
        cirbloc.indication().endsWith("the loss in body weight gain."), cirbloc.indication());
  }

  @Test
  void decodesEntitiesAndKeepsABareAmpersand() {
    MedicineRecord mounjaro = named("Mounjaro");
    assertTrue(
        mounjaro.indication().contains("≥ 27 kg/m2 to < 30 kg/m2 (overweight"),
        mounjaro.indication());
    assertTrue(
        mounjaro.indication().contains("type 2 diabetes mellitus). For trial results"),
        mounjaro.indication());
    assertTrue(
        named("Tenofovir disoproxil Viatris (previously Tenofovir disoproxil Mylan)")
            .indication()
            .contains("high viral load (> 100,000 copies/ml)"));
    assertEquals(
        "bimekizumab", named("Bimzelx").pharmacotherapeuticGroup(), "&nbsp without its ';'");
    assertEquals("Merck Sharp & Dohme B.V.", named("Sivextro").marketingAuthorisationHolder());
  }

  @Test
  void trimsTrailingSpacesAndSplitsLists() {
    assertEquals("UCB Pharma S.A.", named("Fintepla").marketingAuthorisationHolder());
    assertEquals("fingolimod hydrochloride", named("Fingolimod Mylan").activeSubstance());
    assertEquals("buprenorphine; naloxone", named("Suboxone").inn());
    assertEquals(
        "Diabetes Mellitus, Type 2; Obesity; Overweight", named("Mounjaro").therapeuticArea());
  }

  @Test
  void listsFlagsSorted() {
    assertEquals(
        List.of(
            "additional_monitoring",
            "advanced_therapy",
            "orphan_medicine",
            "prime_priority_medicine"),
        named("Kymriah").flags());
    assertEquals(List.of("generic"), named("Tolvaptan Accord").flags());
  }

  @Test
  void everyValueIsClean() {
    sample.records().forEach(ExportFixtures::assertClean);
  }
}

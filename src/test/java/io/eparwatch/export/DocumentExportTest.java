package io.eparwatch.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eparwatch.epar.DocumentKeys;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real documents sample (first 37 of 72 records; its meta count is corrected for these tests).
 */
class DocumentExportTest {

  private static final List<String> TWINRIX_PRESENTATION_LANGUAGES =
      List.of(
          "bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "hr", "hu", "is", "it", "lt",
          "lv", "mt", "nl", "no", "pl", "pt", "ro", "sk", "sl", "sv");

  private static ExportRead.Accepted<DocumentRecord> sample;

  @BeforeAll
  static void readSample() {
    String json = ExportFixtures.documentsCountedRight();
    sample = ExportFixtures.accepted(ExportReader.readDocuments(ExportFixtures.stream(json), 0));
  }

  private static DocumentRecord withId(String id) {
    return sample.records().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void readsTheEnvelope() {
    assertEquals(new ExportMeta(37, Instant.parse("2026-09-26T05:49:47Z")), sample.meta());
    assertEquals(37, sample.records().size());
    assertEquals(0, sample.skipped());
  }

  @Test
  void readsADocumentWithTranslationsFieldByField() {
    DocumentRecord presentations = withId("4227");
    assertEquals("Twinrix Adult : EPAR - All Authorised presentations", presentations.title());
    assertEquals("all-authorised-presentations", presentations.type());
    assertEquals("EMEA/H/C/000112", presentations.productNumber());
    assertNull(presentations.status(), "\"unknown\" is no status");
    assertEquals(LocalDate.of(2005, 12, 1), presentations.firstPublished());
    assertEquals(LocalDate.of(2018, 11, 29), presentations.lastUpdated());
    assertNull(presentations.referenceNumber());
    assertEquals(
        "https://www.ema.europa.eu/en/documents/all-authorised-presentations/"
            + "twinrix-adult-epar-all-authorised-presentations_en.pdf",
        presentations.url());
    assertEquals(TWINRIX_PRESENTATION_LANGUAGES, presentations.languages());
  }

  @Test
  void documentWithoutTranslationsIsEnglishOnly() {
    DocumentRecord report = withId("22465");
    assertEquals("Adopted", report.status());
    assertEquals("EMA/639703/2010", report.referenceNumber());
    assertEquals(List.of("en"), report.languages());
    assertEquals(List.of("en"), withId("5057").languages());
  }

  @Test
  void keepsDuplicateUploadUrlsAsGiven() {
    DocumentRecord duplicate = withId("52953");
    assertTrue(
        duplicate.url().endsWith("kymriah-h-c-004090-p46-012-epar-assessment-report_en.pdf-0"),
        duplicate.url());
    assertEquals(DocumentKeys.of(withId("52952").url()), DocumentKeys.of(duplicate.url()));
    assertTrue(withId("52954").url().endsWith(".pdf-1"));
  }

  @Test
  void collapsesDoubleSpacesAndTrimsTrailingOnes() {
    assertEquals("Fintepla : EPAR - All authorised presentations", withId("49751").title());
    assertEquals("EMA/188757/2022", withId("42063").referenceNumber());
    assertEquals("EMEA/H/C/005679", withId("61629").productNumber());
  }

  @Test
  void instantsBecomeAmsterdamDates() {
    DocumentRecord overview = withId("42063");
    assertEquals(LocalDate.of(2018, 9, 19), overview.firstPublished());
    assertEquals(LocalDate.of(2022, 5, 19), overview.lastUpdated());
  }

  @Test
  void sharesRepeatedValuesBetweenRecords() {
    assertSame(withId("52953").productNumber(), withId("52954").productNumber());
    assertSame(withId("5057").languages(), withId("22465").languages());
  }

  @Test
  void everyValueIsClean() {
    sample.records().forEach(ExportFixtures::assertClean);
  }
}

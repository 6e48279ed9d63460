package io.eparwatch.export;

import static io.eparwatch.export.ExportFixtures.MEDICINES;
import static io.eparwatch.export.ExportFixtures.accepted;
import static io.eparwatch.export.ExportFixtures.rejection;
import static io.eparwatch.export.ExportFixtures.stream;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Every guard rejects the whole download with a reason a person can act on. */
class ExportGuardsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static ExportRead<MedicineRecord> medicines(String json) {
    return ExportReader.readMedicines(stream(json), 0);
  }

  /** The medicines sample with one change made to its tree. */
  private static String medicinesWith(Consumer<ObjectNode> change) throws IOException {
    ObjectNode root = (ObjectNode) JSON.readTree(ExportFixtures.text(MEDICINES));
    change.accept(root);
    return JSON.writeValueAsString(root);
  }

  private static ObjectNode medicineRecord(ObjectNode root, int index) {
    return (ObjectNode) root.get("data").get(index);
  }

  private static void assertStartsWith(String prefix, String reason) {
    assertTrue(reason.startsWith(prefix), reason);
  }

  @Test
  void truncatedDownloadIsRejectedWithItsPosition() {
    String json = ExportFixtures.text(MEDICINES);
    String reason = rejection(medicines(json.substring(0, json.length() / 2)));
    String expected =
        "truncated or malformed JSON at line \\d+, column \\d+ \\(Unexpected end-of-input.*\\)";
    assertTrue(reason.matches(expected), reason);
  }

  @Test
  void truncatedDocumentsDownloadIsRejected() {
    String json = ExportFixtures.documentsCountedRight();
    String reason = rejection(ExportReader.readDocuments(stream(json.substring(0, 20_000)), 0));
    assertStartsWith("truncated or malformed JSON at line ", reason);
  }

  @Test
  void htmlErrorPageIsRejected() {
    String page =
        "<!DOCTYPE html>\n<html><head><title>503 Service Unavailable</title></head></html>";
    assertEquals(
        "truncated or malformed JSON at line 1, column 1"
            + " (Unexpected character ('<' (code 60)), an HTML or XML page rather than JSON)",
        rejection(medicines(page)));
  }

  @Test
  void emptyDownloadIsRejected() {
    assertEquals("empty download: no JSON at all", rejection(medicines("  \n")));
  }

  @Test
  void somethingOtherThanTheEnvelopeIsRejected() {
    assertStartsWith(
        "not an EMA export", rejection(medicines("[{\"name_of_medicine\": \"Tyruko\"}]")));
    assertStartsWith("not an EMA export", rejection(medicines("\"maintenance\"")));
  }

  @Test
  void missingMetaOrDataIsRejected() throws IOException {
    assertTrue(
        rejection(medicines(medicinesWith(root -> root.remove("meta"))))
            .endsWith("\"meta\" is missing"));
    assertTrue(
        rejection(medicines(medicinesWith(root -> root.remove("data"))))
            .endsWith("\"data\" is missing"));
    assertEquals(
        "\"data\" is not one array",
        rejection(medicines(medicinesWith(root -> root.put("data", "none")))));
  }

  @Test
  void unreadableMetaIsRejected() throws IOException {
    String noTimestamp = medicinesWith(root -> ((ObjectNode) root.get("meta")).remove("timestamp"));
    assertEquals(
        "meta.timestamp is missing or not an ISO 8601 instant", rejection(medicines(noTimestamp)));
    String wordCount =
        medicinesWith(root -> ((ObjectNode) root.get("meta")).put("total_records", "many"));
    assertEquals(
        "meta.total_records is missing or not a whole number", rejection(medicines(wordCount)));
  }

  @Test
  void totalRecordsAsStringIsAccepted() throws IOException {
    String json = medicinesWith(root -> ((ObjectNode) root.get("meta")).put("total_records", "21"));
    assertEquals(21, accepted(medicines(json)).records().size());
  }

  @Test
  void countDisagreeingWithMetaIsRejected() {
    String reason =
        rejection(
            ExportReader.readDocuments(stream(ExportFixtures.text(ExportFixtures.DOCUMENTS)), 0));
    assertEquals("meta.total_records says 72 but data holds 37 records", reason);
  }

  @Test
  void requiredKeyMissingFromEveryRecordIsASchemaChange() throws IOException {
    String json =
        medicinesWith(
            root -> root.get("data").forEach(r -> ((ObjectNode) r).remove("medicine_url")));
    assertEquals(
        "schema changed: key `medicine_url` missing in 100% of records",
        rejection(medicines(json)));
  }

  @Test
  void aFewUnreadableValuesAreMarkedUnknownAndCounted() throws IOException {
    String json =
        medicinesWith(
            root -> {
              medicineRecord(root, 0).put("last_updated_date", "25.09.2026");
              medicineRecord(root, 0).remove("opinion_adopted_date");
            });
    ExportRead.Accepted<MedicineRecord> read = accepted(medicines(json));
    assertEquals(21, read.records().size());
    assertEquals(1, read.kept());
    MedicineRecord tyruko = read.records().get(0);
    assertEquals(java.util.Set.of("last_updated_date", "opinion_adopted_date"), tyruko.unknown());
    assertTrue(read.records().get(1).unknown().isEmpty());
  }

  @Test
  void unreadableValuesInMoreThanTheAllowedShareAreASchemaChange() throws IOException {
    String json =
        medicinesWith(
            root -> {
              medicineRecord(root, 0).put("generic", "Y");
              medicineRecord(root, 1).put("generic", "N");
            });
    assertEquals(
        "schema changed: key `generic` has a value in no known format in 10% of records"
            + " (e.g. \"Y\")",
        rejection(medicines(json)));
    assertEquals(
        2,
        accepted(ExportReader.readMedicines(stream(json), 0, new ExportLimits(0.5, 0.1))).kept());
  }

  @Test
  void aValueThatIsAnObjectIsUnreadable() throws IOException {
    String json =
        medicinesWith(root -> medicineRecord(root, 3).putObject("therapeutic_indication"));
    assertEquals(
        java.util.Set.of("therapeutic_indication"),
        accepted(medicines(json)).records().get(3).unknown());
  }

  @Test
  void renamedDocumentKeyIsASchemaChange() {
    String json =
        ExportFixtures.documentsCountedRight().replace("\"document_url\":", "\"document_link\":");
    assertEquals(
        "schema changed: key `document_url` missing in 100% of records",
        rejection(ExportReader.readDocuments(stream(json), 0)));
  }

  @Test
  void blankRequiredValueSkipsOnlyThatRecord() throws IOException {
    String json =
        medicinesWith(root -> medicineRecord(root, 0).put("ema_product_number", " &nbsp; "));
    ExportRead.Accepted<MedicineRecord> read = accepted(medicines(json));
    assertEquals(20, read.records().size());
    assertEquals(1, read.skipped());
    assertTrue(read.records().stream().noneMatch(r -> r.name().equals("Tyruko")));
  }

  @Test
  void downloadBelowHalfOfThePreviousOneIsRejected() {
    String json = ExportFixtures.text(MEDICINES);
    assertEquals(
        "shrunk from 43 to 21 records, below 50% of the previous download",
        rejection(ExportReader.readMedicines(stream(json), 43)));
    assertEquals(21, accepted(ExportReader.readMedicines(stream(json), 42)).records().size());
  }

  @Test
  void theShareBelowWhichADownloadIsRefusedIsConfigurable() {
    String json = ExportFixtures.text(MEDICINES);
    assertEquals(
        "shrunk from 25 to 21 records, below 90% of the previous download",
        rejection(
            ExportReader.readMedicines(
                stream(json), 25, ExportLimits.DEFAULTS.withMinRecordShare(0.9))));
    assertEquals(
        21,
        accepted(
                ExportReader.readMedicines(
                    stream(json), 23, ExportLimits.DEFAULTS.withMinRecordShare(0.9)))
            .records()
            .size());
  }

  @Test
  void shrinkCountsAcceptedRecordsNotSkippedOnes() throws IOException {
    String allBlank =
        medicinesWith(
            root -> root.get("data").forEach(r -> ((ObjectNode) r).put("medicine_status", "")));
    assertEquals(21, accepted(medicines(allBlank)).skipped());
    assertStartsWith(
        "shrunk from 21 to 0 records", rejection(ExportReader.readMedicines(stream(allBlank), 21)));
  }

  @Test
  void contentAfterTheEnvelopeIsRejected() {
    String twice = ExportFixtures.text(MEDICINES) + ExportFixtures.text(MEDICINES);
    assertEquals("unexpected content after the end of the export", rejection(medicines(twice)));
  }

  @Test
  void emptyTranslationsArrayMeansEnglishOnly() {
    String json =
        "{\"meta\": {\"total_records\": \"1\", \"timestamp\": \"2026-09-26T05:49:47Z\"},"
            + " \"data\": [{\"id\": \"1\","
            + " \"name\": \"X : EPAR\", \"type\": \"overview\", \"ema_product_number\": \"EMEA/H/C/000001\","
            + " \"status\": \"\", \"first_published_date\": \"\", \"last_updated_date\": \"\","
            + " \"reference_number\": \"\","
            + " \"document_url\": \"https://www.ema.europa.eu/en/documents/overview/x_en.pdf\", \"translations\": []}]}";
    DocumentRecord only = accepted(ExportReader.readDocuments(stream(json), 0)).records().get(0);
    assertEquals(List.of("en"), only.languages());
  }

  @Test
  void leavesTheCallersStreamOpen() throws IOException {
    boolean[] closed = {false};
    InputStream in =
        new java.io.FilterInputStream(stream(ExportFixtures.text(MEDICINES))) {
          @Override
          public void close() {
            closed[0] = true;
          }
        };
    accepted(ExportReader.readMedicines(in, 0));
    assertTrue(!closed[0]);
  }
}

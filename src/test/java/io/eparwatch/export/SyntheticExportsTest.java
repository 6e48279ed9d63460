package io.eparwatch.export;

import static io.eparwatch.export.ExportFixtures.accepted;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticExportsTest {

  @TempDir Path dir;

  private static <T> ExportRead.Accepted<T> read(Path file, boolean documents) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      @SuppressWarnings("unchecked")
      ExportRead<T> read =
          (ExportRead<T>)
              (documents ? ExportReader.readDocuments(in, 0) : ExportReader.readMedicines(in, 0));
      return accepted(read);
    }
  }

  @Test
  void productionSizedDocumentsExportIsOver30MegabytesAndReadsBack() throws IOException {
    Path file = dir.resolve("documents.json");
    SyntheticExports.writeDocuments(file, 45_000, 1_500, 7);
    assertTrue(Files.size(file) >= 30_000_000L, "only " + Files.size(file) + " bytes");
    ExportRead.Accepted<DocumentRecord> read = read(file, true);
    assertEquals(45_000, read.meta().totalRecords());
    assertEquals(45_000, read.records().size());
    assertEquals(0, read.skipped());
    long translated = read.records().stream().filter(d -> d.languages().size() > 1).count();
    assertTrue(translated > 8_000 && translated < 10_000, translated + " translated");
    assertTrue(read.records().stream().anyMatch(d -> d.url().endsWith(".pdf-0")));
  }

  @Test
  void documentsBelongToTheMedicines() throws IOException {
    Path medicines = dir.resolve("medicines.json");
    Path documents = dir.resolve("documents.json");
    SyntheticExports.writeMedicines(medicines, 300, 1);
    SyntheticExports.writeDocuments(documents, 2_000, 300, 2);
    ExportRead.Accepted<MedicineRecord> medicineRead = read(medicines, false);
    Set<String> products =
        medicineRead.records().stream()
            .map(MedicineRecord::productNumber)
            .collect(Collectors.toSet());
    ExportRead.Accepted<DocumentRecord> documentRead = read(documents, true);
    assertEquals(300, products.size());
    assertTrue(documentRead.records().stream().allMatch(d -> products.contains(d.productNumber())));
    assertTrue(products.stream().allMatch(p -> p.matches("EMEA/H/C/00\\d{4}")));
  }

  @Test
  void synthesisedValuesCarryQuirksThatTheReaderCleans() throws IOException {
    Path medicines = dir.resolve("medicines.json");
    SyntheticExports.writeMedicines(medicines, 500, 3);
    String raw = Files.readString(medicines);
    assertTrue(
        raw.contains("&nbsp;")
            && raw.contains("&lt;")
            && raw.contains("&#039;")
            && raw.contains("  \""));
    assertTrue(
        raw.matches("(?s).*\"last_updated_date\":\"\\d{4}-\\d\\d-\\d\\dT.*"),
        "some ISO dates among dd/mm/yyyy");
    ExportRead.Accepted<MedicineRecord> read = read(medicines, false);
    read.records().forEach(ExportFixtures::assertClean);
    assertTrue(read.records().stream().allMatch(m -> m.lastUpdated() != null));
    assertTrue(read.records().stream().anyMatch(m -> m.authorisationIssued() == null));
  }

  @Test
  void sameSeedSameBytesOtherSeedOtherBytes() throws IOException {
    SyntheticExports.writeDocuments(dir.resolve("a.json"), 500, 50, 11);
    SyntheticExports.writeDocuments(dir.resolve("b.json"), 500, 50, 11);
    SyntheticExports.writeDocuments(dir.resolve("c.json"), 500, 50, 12);
    byte[] a = Files.readAllBytes(dir.resolve("a.json"));
    assertArrayEquals(a, Files.readAllBytes(dir.resolve("b.json")));
    assertFalse(java.util.Arrays.equals(a, Files.readAllBytes(dir.resolve("c.json"))));
  }
}

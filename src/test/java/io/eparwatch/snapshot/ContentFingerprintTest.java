package io.eparwatch.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.eparwatch.epar.EparDocument;
import io.eparwatch.epar.EparPage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContentFingerprintTest {

  @Test
  void reorderedDocumentsHaveTheSameFingerprint() {
    List<EparDocument> reversed = new ArrayList<>(page().documents());
    java.util.Collections.reverse(reversed);
    assertEquals(ContentFingerprint.of(page()), ContentFingerprint.of(withDocuments(reversed)));
  }

  @Test
  void aNewDateChangesTheFingerprint() {
    List<EparDocument> docs = new ArrayList<>(page().documents());
    EparDocument pi = docs.get(0);
    docs.set(
        0,
        new EparDocument(
            pi.title(),
            pi.type(),
            pi.section(),
            pi.url(),
            pi.referenceNumber(),
            pi.status(),
            pi.format(),
            pi.sizeBytes(),
            pi.firstPublished(),
            LocalDate.of(2025, 11, 20),
            pi.languages()));
    assertNotEquals(ContentFingerprint.of(page()), ContentFingerprint.of(withDocuments(docs)));
  }

  @Test
  void textFingerprintIgnoresMarkupScriptsAndWhitespace() {
    assertEquals(
        ContentFingerprint.ofText(
            "<html><body><p>Site   down</p><script>var n='a1';</script></body></html>"),
        ContentFingerprint.ofText(
            "<html><body><div>Site down</div>\n<script>var n='b2';</script></body></html>"));
  }

  private static EparPage page() {
    return withDocuments(
        List.of(
            doc("product-information", "imlygic-epar-product-information"),
            doc("overview", "imlygic-epar-summary-public")));
  }

  private static EparDocument doc(String type, String slug) {
    return new EparDocument(
        slug,
        type,
        "Product information",
        "https://www.ema.europa.eu/en/documents/" + type + "/" + slug + "_en.pdf",
        null,
        null,
        "PDF",
        1000L,
        LocalDate.of(2016, 2, 5),
        LocalDate.of(2025, 10, 6),
        List.of("bg", "en"));
  }

  private static EparPage withDocuments(List<EparDocument> docs) {
    return EparPage.builder()
        .name("Imlygic")
        .status("Authorised")
        .productNumber("EMEA/H/C/002771")
        .revision("16")
        .documents(docs)
        .build();
  }
}

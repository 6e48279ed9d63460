package io.eparwatch.change;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eparwatch.epar.EparDocument;
import io.eparwatch.epar.EparPage;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DocumentLossGuardTest {

  private final DocumentLossGuard guard = new DocumentLossGuard(0.3);

  @Test
  void losingUpToThirtyPercentIsTrusted() {
    assertTrue(guard.suspicion(page(10), page(7)).isEmpty());
  }

  @Test
  void losingMoreThanThirtyPercentIsSuspect() {
    assertEquals(
        "page lost 4 of its 10 documents at once (more than 30%)",
        guard.suspicion(page(10), page(6)).orElseThrow());
  }

  @Test
  void gainingDocumentsIsTrusted() {
    assertTrue(guard.suspicion(page(2), page(9)).isEmpty());
  }

  @Test
  void aPageThatHadNoDocumentsCannotLoseAny() {
    assertTrue(guard.suspicion(page(0), page(0)).isEmpty());
  }

  private static EparPage page(int documents) {
    List<EparDocument> docs =
        IntStream.range(0, documents)
            .mapToObj(
                i ->
                    new EparDocument(
                        "Doc " + i,
                        "overview",
                        "Overview",
                        "https://www.ema.europa.eu/en/documents/overview/doc-" + i + "_en.pdf",
                        null,
                        null,
                        "PDF",
                        1000L,
                        null,
                        null,
                        List.of("en")))
            .toList();
    return EparPage.builder()
        .name("Imlygic")
        .status("Authorised")
        .productNumber("EMEA/H/C/002771")
        .revision("16")
        .documents(docs)
        .build();
  }
}

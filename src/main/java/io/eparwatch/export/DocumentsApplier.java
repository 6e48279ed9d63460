package io.eparwatch.export;

import io.eparwatch.catalogue.Medicine;
import io.eparwatch.change.Comparison;
import io.eparwatch.change.HistoryRecorder;
import io.eparwatch.change.PendingRemoval;
import io.eparwatch.change.Recorded;
import io.eparwatch.epar.EparDocument;
import io.eparwatch.epar.EparPage;
import io.eparwatch.snapshot.ContentFingerprint;
import io.eparwatch.snapshot.VersionedPage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Applies the documents export to the catalogue's products, chunk by chunk (one transaction each).
 * Removals are published only when the next export still lacks them. A product that had documents
 * and is missing from the export was not observed, not stripped of every document: it keeps them.
 */
@ApplicationScoped
public class DocumentsApplier {

  private static final String NO_DOCUMENTS =
      ContentFingerprint.of(ProductModels.documentsOnly(List.of()));

  private final ExportHistory history;
  private final HistoryRecorder recorder;
  private final ExportHolds holds;

  public DocumentsApplier(ExportHistory history, HistoryRecorder recorder, ExportHolds holds) {
    this.history = history;
    this.recorder = recorder;
    this.holds = holds;
  }

  /**
   * Returns the number of changes published. The first documents seen for a product are its
   * baseline and publish nothing, whenever that happens (first run, or a medicine added later).
   */
  @Transactional(TxType.REQUIRES_NEW)
  public Applied apply(
      List<String> productNumbers,
      Map<String, List<DocumentRecord>> documentsByProduct,
      Instant now) {
    Set<String> pending = PendingRemoval.exportProductsAmong(productNumbers);
    Set<String> listed = documentsByProduct.keySet();
    Applied applied = Applied.NOTHING;
    for (Medicine medicine : Medicine.<Medicine>list("productNumber in ?1", productNumbers)) {
      List<EparDocument> documents =
          documentsByProduct.getOrDefault(medicine.productNumber, List.of()).stream()
              .map(ProductModels::document)
              .toList();
      if (!listed.contains(medicine.productNumber) && hadDocuments(medicine)) {
        continue;
      }
      applied =
          applied.plus(apply(medicine, documents, pending.contains(medicine.productNumber), now));
    }
    return applied;
  }

  private Applied apply(
      Medicine medicine, List<EparDocument> documents, boolean pending, Instant now) {
    boolean baseline = medicine.documentsHash == null;
    String documentsHash = ContentFingerprint.of(ProductModels.documentsOnly(documents));
    if (documentsHash.equals(medicine.documentsHash)) {
      if (baseline || !pending) {
        return Applied.NOTHING;
      }
      return new Applied(holds.confirm(medicine, Comparison.DOCUMENTS, now), 0);
    }
    Optional<VersionedPage> previous = history.latest(medicine);
    EparPage next = ProductModels.withDocuments(ExportHistory.modelOf(previous), documents);
    medicine.documentsHash = documentsHash;
    Recorded recorded =
        recorder.record(
            ExportHistory.observation(medicine, next, now),
            baseline ? Comparison.BASELINE : Comparison.DOCUMENTS,
            previous);
    return new Applied(recorded.events().size(), recorded.stored() ? 1 : 0);
  }

  private static boolean hadDocuments(Medicine medicine) {
    return medicine.documentsHash != null && !medicine.documentsHash.equals(NO_DOCUMENTS);
  }
}

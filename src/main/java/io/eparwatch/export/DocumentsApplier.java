package io.eparwatch.export;

import io.eparwatch.change.Change;
import io.eparwatch.change.PendingRemoval;
import io.eparwatch.change.RemovalConfirmation;
import io.eparwatch.change.RemovalScope;
import io.eparwatch.epar.EparDocument;
import io.eparwatch.epar.EparPage;
import io.eparwatch.snapshot.ContentFingerprint;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies the documents export to the catalogue's products, chunk by chunk (one transaction each).
 * A product missing from the export has no documents; removals are published only when the next
 * export still lacks them.
 */
@ApplicationScoped
public class DocumentsApplier {

  private final ProductHistory history;
  private final RemovalConfirmation removals;

  public DocumentsApplier(ProductHistory history, RemovalConfirmation removals) {
    this.history = history;
    this.removals = removals;
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
    Applied applied = Applied.NOTHING;
    for (Medicine medicine : Medicine.<Medicine>list("productNumber in ?1", productNumbers)) {
      List<EparDocument> documents =
          documentsByProduct.getOrDefault(medicine.productNumber, List.of()).stream()
              .map(ProductModels::document)
              .toList();
      applied =
          applied.plus(apply(medicine, documents, pending.contains(medicine.productNumber), now));
    }
    return applied;
  }

  private Applied apply(
      Medicine medicine, List<EparDocument> documents, boolean pending, Instant now) {
    boolean baseline = medicine.documentsHash == null;
    String documentsHash = ContentFingerprint.of(ProductModels.documentsOnly(documents));
    RemovalScope scope = RemovalScope.export(medicine.productNumber);
    if (documentsHash.equals(medicine.documentsHash)) {
      if (baseline || !pending) {
        return Applied.NOTHING;
      }
      EparPage current = history.current(medicine);
      List<Change> confirmed = removals.reconcile(scope, List.of(), current, current, now);
      return new Applied(history.publish(confirmed, medicine, now), 0);
    }
    EparPage previous = history.current(medicine);
    EparPage next = ProductModels.withDocuments(previous, documents);
    medicine.documentsHash = documentsHash;
    history.store(medicine, next, now);
    if (baseline) {
      return Applied.version(0);
    }
    List<Change> candidates = history.diff(previous, next);
    return Applied.version(
        history.publish(removals.reconcile(scope, candidates, previous, next, now), medicine, now));
  }
}

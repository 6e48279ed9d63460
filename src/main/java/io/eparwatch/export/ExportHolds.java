package io.eparwatch.export;

import io.eparwatch.catalogue.Medicine;
import io.eparwatch.change.Comparison;
import io.eparwatch.change.HistoryRecorder;
import io.eparwatch.change.PendingRemoval;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;

/**
 * Confirms what an export product holds (removals, values gone) when the same part of the product
 * is observed again unchanged: in a new download, or by EMA's 304 for the whole export.
 */
@ApplicationScoped
class ExportHolds {

  private final HistoryRecorder recorder;

  ExportHolds(HistoryRecorder recorder) {
    this.recorder = recorder;
  }

  /** {@code part} is FIELDS or DOCUMENTS; returns the changes published. */
  @Transactional(TxType.MANDATORY)
  int confirm(Medicine medicine, Comparison part, Instant now) {
    return recorder
        .unchanged(ExportHistory.key(medicine), page -> ExportHistory.product(medicine), now, part)
        .events()
        .size();
  }

  /**
   * The export of {@code kind} answered 304: every product holding something for its part sees it
   * confirmed, as a new download still lacking it would.
   */
  @Transactional(TxType.REQUIRES_NEW)
  int confirmAll(ExportKind kind, Instant now) {
    boolean fields = kind == ExportKind.MEDICINES;
    Comparison part = fields ? Comparison.FIELDS : Comparison.DOCUMENTS;
    int changes = 0;
    for (String number : PendingRemoval.exportProductsHolding(fields)) {
      changes += Medicine.byProductNumber(number).map(m -> confirm(m, part, now)).orElse(0);
    }
    return changes;
  }
}

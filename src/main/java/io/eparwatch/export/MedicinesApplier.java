package io.eparwatch.export;

import io.eparwatch.catalogue.Medicine;
import io.eparwatch.catalogue.ProductMoved;
import io.eparwatch.change.Change;
import io.eparwatch.change.ChangeType;
import io.eparwatch.change.Comparison;
import io.eparwatch.change.HistoryRecorder;
import io.eparwatch.change.PendingRemoval;
import io.eparwatch.change.Recorded;
import io.eparwatch.epar.EparPage;
import io.eparwatch.snapshot.ContentFingerprint;
import io.eparwatch.snapshot.VersionedPage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Applies the medicines export to the catalogue, chunk by chunk (one transaction each, so a crash
 * loses at most an unfinished chunk, which the next run redoes without duplicating events).
 */
@ApplicationScoped
public class MedicinesApplier {

  private final ExportHistory history;
  private final HistoryRecorder recorder;
  private final Event<ProductMoved> moved;
  private final ExportHolds holds;

  public MedicinesApplier(
      ExportHistory history,
      HistoryRecorder recorder,
      Event<ProductMoved> moved,
      ExportHolds holds) {
    this.history = history;
    this.recorder = recorder;
    this.moved = moved;
    this.holds = holds;
  }

  /** A baseline run (the first medicines export) publishes no changes. */
  @Transactional(TxType.REQUIRES_NEW)
  public Applied apply(List<MedicineRecord> chunk, boolean baseline, Instant now) {
    Map<String, Medicine> known = known(chunk);
    Set<String> holding = PendingRemoval.exportProductsAmong(List.copyOf(known.keySet()));
    Applied applied = Applied.NOTHING;
    for (MedicineRecord record : chunk) {
      Medicine medicine = known.get(record.productNumber());
      applied =
          applied.plus(
              medicine == null
                  ? added(record, baseline, now)
                  : updated(
                      medicine, record, baseline, holding.contains(medicine.productNumber), now));
    }
    return applied;
  }

  private Applied added(MedicineRecord record, boolean baseline, Instant now) {
    Medicine medicine = new Medicine();
    medicine.productNumber = record.productNumber();
    CatalogueRows.copy(record, medicine, now);
    EparPage fields = ProductModels.fields(record);
    medicine.fieldsHash = ContentFingerprint.of(fields);
    medicine.persist();
    Recorded first =
        recorder.record(
            ExportHistory.observation(medicine, fields, now),
            Comparison.BASELINE,
            Optional.empty());
    if (baseline) {
      return Applied.version(0);
    }
    Change added =
        new Change(ChangeType.MEDICINE_ADDED, null, null, null, null, null, null, null, null);
    return Applied.version(
        recorder
            .announce(
                ExportHistory.key(medicine),
                ExportHistory.product(medicine),
                first.versionId(),
                List.of(added),
                now)
            .size());
  }

  private Applied updated(
      Medicine medicine, MedicineRecord record, boolean baseline, boolean holding, Instant now) {
    boolean pageMoved = pageMoved(medicine, record);
    CatalogueRows.copy(record, medicine, now);
    EparPage fields = ProductModels.fields(record);
    String fieldsHash = ContentFingerprint.of(fields);
    Applied applied = Applied.NOTHING;
    if (!fieldsHash.equals(medicine.fieldsHash)) {
      Optional<VersionedPage> previous = history.latest(medicine);
      EparPage next =
          ProductModels.withDocuments(fields, ExportHistory.modelOf(previous).documents());
      medicine.fieldsHash = fieldsHash;
      // The documents were not observed again: what is held for them waits for the next export.
      Recorded recorded =
          recorder.record(
              ExportHistory.observation(medicine, next, now),
              baseline ? Comparison.BASELINE : Comparison.FIELDS,
              previous);
      applied = new Applied(recorded.events().size(), recorded.stored() ? 1 : 0);
    } else if (holding && !baseline) {
      applied = new Applied(holds.confirm(medicine, Comparison.FIELDS, now), 0);
    }
    if (pageMoved && !baseline) {
      moved.fire(new ProductMoved(medicine.productNumber));
    }
    return applied;
  }

  /**
   * The signals that the EPAR page itself changed: last-updated date, revision, latest procedure.
   */
  private static boolean pageMoved(Medicine medicine, MedicineRecord record) {
    return !Objects.equals(medicine.lastUpdated, record.lastUpdated())
        || !Objects.equals(medicine.revision, record.revision())
        || !Objects.equals(medicine.latestProcedure, record.latestProcedure());
  }

  private static Map<String, Medicine> known(List<MedicineRecord> chunk) {
    List<String> numbers = chunk.stream().map(MedicineRecord::productNumber).toList();
    return Medicine.<Medicine>list("productNumber in ?1", numbers).stream()
        .collect(Collectors.toMap(m -> m.productNumber, Function.identity()));
  }
}

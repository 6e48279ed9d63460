package io.eparwatch.export;

import io.eparwatch.catalogue.Medicine;
import io.eparwatch.change.FieldLossGuard;
import io.eparwatch.config.EparWatchConfig;
import io.eparwatch.source.DownloadResult;
import io.eparwatch.source.Validators;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads a downloaded export as a stream and applies it in chunks, or rejects it whole. */
@ApplicationScoped
public class ExportApplication {

  static final int CHUNK = 250;

  private final MedicinesApplier medicines;
  private final DocumentsApplier documents;
  private final KeptValues keptValues;
  private final ExportHolds holds;
  private final FieldLossGuard fieldLossGuard;
  private final ExportLimits limits;

  public ExportApplication(
      MedicinesApplier medicines,
      DocumentsApplier documents,
      KeptValues keptValues,
      ExportHolds holds,
      FieldLossGuard fieldLossGuard,
      EparWatchConfig config) {
    this.holds = holds;
    this.fieldLossGuard = fieldLossGuard;
    this.medicines = medicines;
    this.documents = documents;
    this.keptValues = keptValues;
    this.limits =
        new ExportLimits(config.exports().minRecordShare(), config.exports().maxDriftShare());
  }

  ExportRun apply(
      ExportKind kind,
      DownloadResult.Downloaded download,
      Optional<ExportRun> previous,
      Instant now) {
    int previousRecords = previous.map(run -> run.records == null ? 0 : run.records).orElse(0);
    ExportRun run;
    try (InputStream in = new BufferedInputStream(Files.newInputStream(download.file()), 1 << 16)) {
      run =
          kind == ExportKind.MEDICINES
              ? applyMedicines(
                  ExportReader.readMedicines(in, previousRecords, limits), previous.isEmpty(), now)
              : applyDocuments(ExportReader.readDocuments(in, previousRecords, limits), now);
    } catch (IOException e) {
      run = ExportRuns.failed(kind, now, "could not read the downloaded export: " + e.getMessage());
    }
    Validators kept = Validators.fromResponse(download.etag(), download.lastModified());
    run.etag = kept.etag();
    run.lastModified = kept.lastModified();
    return run;
  }

  /**
   * EMA answered 304: the export is still the one last ingested, so it agrees with itself, and what
   * the last one held (removals, values gone) is confirmed, as a page's 304 confirms.
   */
  ExportRun notModified(ExportKind kind, Optional<ExportRun> previous, Instant now) {
    ExportRun run = ExportRuns.notModified(kind, now, previous.orElse(null));
    run.changes = holds.confirmAll(kind, now);
    return run;
  }

  private ExportRun applyMedicines(ExportRead<MedicineRecord> read, boolean baseline, Instant now) {
    if (read instanceof ExportRead.Rejected<MedicineRecord> rejected) {
      return ExportRuns.rejected(ExportKind.MEDICINES, now, rejected.reason());
    }
    ExportRead.Accepted<MedicineRecord> accepted = (ExportRead.Accepted<MedicineRecord>) read;
    List<MedicineRecord> records = keptValues.completed(accepted.records());
    if (!baseline) {
      ValuesLost.Count lost =
          QuarkusTransaction.requiringNew()
              .call(() -> ValuesLost.among(records, Medicine.<Medicine>listAll()));
      Optional<String> suspicion = fieldLossGuard.exportSuspicion(lost.lost(), lost.known());
      if (suspicion.isPresent()) {
        return ExportRuns.rejected(ExportKind.MEDICINES, now, suspicion.get());
      }
    }
    Applied applied = Applied.NOTHING;
    for (int from = 0; from < records.size(); from += CHUNK) {
      List<MedicineRecord> chunk = records.subList(from, Math.min(from + CHUNK, records.size()));
      applied = applied.plus(medicines.apply(chunk, baseline, now));
    }
    return ExportRuns.ingested(ExportKind.MEDICINES, now, accepted, applied);
  }

  private ExportRun applyDocuments(ExportRead<DocumentRecord> read, Instant now) {
    if (read instanceof ExportRead.Rejected<DocumentRecord> rejected) {
      return ExportRuns.rejected(ExportKind.DOCUMENTS, now, rejected.reason());
    }
    ExportRead.Accepted<DocumentRecord> accepted = (ExportRead.Accepted<DocumentRecord>) read;
    Map<String, List<DocumentRecord>> byProduct =
        accepted.records().stream().collect(Collectors.groupingBy(DocumentRecord::productNumber));
    // A product with an unreadable document record keeps the documents it had, this time.
    Set<String> held =
        accepted.records().stream()
            .filter(d -> !d.unknown().isEmpty())
            .map(DocumentRecord::productNumber)
            .collect(Collectors.toSet());
    List<String> catalogue =
        QuarkusTransaction.requiringNew().call(ExportApplication::productNumbers).stream()
            .filter(number -> !held.contains(number))
            .toList();
    Applied applied = Applied.NOTHING;
    for (int from = 0; from < catalogue.size(); from += CHUNK) {
      List<String> chunk = catalogue.subList(from, Math.min(from + CHUNK, catalogue.size()));
      applied = applied.plus(documents.apply(chunk, byProduct, now));
    }
    return ExportRuns.ingested(ExportKind.DOCUMENTS, now, accepted, applied);
  }

  private static List<String> productNumbers() {
    return Medicine.getEntityManager()
        .createQuery(
            "select m.productNumber from Medicine m order by m.productNumber", String.class)
        .getResultList();
  }
}

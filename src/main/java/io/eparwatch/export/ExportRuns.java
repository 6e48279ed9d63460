package io.eparwatch.export;

import io.eparwatch.source.EmaPause;
import java.time.Instant;

/** The ways an ingestion attempt is recorded. */
final class ExportRuns {

  private ExportRuns() {}

  static ExportRun failed(ExportKind kind, Instant now, String error) {
    return of(kind, now, ExportRun.Outcome.FAILED, error);
  }

  /** EMA's pause put the run off; {@code error} says until when and why. */
  static ExportRun postponed(ExportKind kind, Instant now, EmaPause pause) {
    return of(kind, now, ExportRun.Outcome.POSTPONED, pause.describe());
  }

  static ExportRun rejected(ExportKind kind, Instant now, String reason) {
    return of(kind, now, ExportRun.Outcome.REJECTED, reason);
  }

  /** Nothing new: the export is still the one last ingested, with its timestamp and size. */
  static ExportRun notModified(ExportKind kind, Instant now, ExportRun previous) {
    ExportRun run = of(kind, now, ExportRun.Outcome.NOT_MODIFIED, null);
    if (previous != null) {
      run.exportTimestamp = previous.exportTimestamp;
      run.records = previous.records;
    }
    run.changes = 0;
    run.versions = 0;
    return run;
  }

  static ExportRun ingested(
      ExportKind kind, Instant now, ExportRead.Accepted<?> read, Applied applied) {
    ExportRun run = of(kind, now, ExportRun.Outcome.INGESTED, null);
    run.exportTimestamp = read.meta().timestamp();
    run.records = read.records().size();
    run.skipped = read.skipped();
    run.kept = read.kept();
    run.changes = applied.changes();
    run.versions = applied.versions();
    return run;
  }

  private static ExportRun of(
      ExportKind kind, Instant now, ExportRun.Outcome outcome, String error) {
    ExportRun run = new ExportRun();
    run.kind = kind;
    run.fetchedAt = now;
    run.outcome = outcome;
    run.error = error;
    return run;
  }
}

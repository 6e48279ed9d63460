package io.eparwatch.export;

import java.time.Instant;
import java.util.List;

/** What one ingestion of both exports did. */
public record IngestionReport(
    RunReport medicines, RunReport documents, long medicinesInCatalogue, int changes) {

  /** One export's part: how it ended and what it counted. */
  public record RunReport(
      ExportKind kind,
      ExportRun.Outcome outcome,
      Instant exportTimestamp,
      Integer records,
      Integer skipped,
      Integer kept,
      Integer changes,
      Integer versions,
      String error) {

    static RunReport of(ExportRun run) {
      return new RunReport(
          run.kind,
          run.outcome,
          run.exportTimestamp,
          run.records,
          run.skipped,
          run.kept,
          run.changes,
          run.versions,
          run.error);
    }
  }

  static IngestionReport of(RunReport medicines, RunReport documents, long catalogue) {
    int changes =
        List.of(medicines, documents).stream()
            .mapToInt(r -> r.changes() == null ? 0 : r.changes())
            .sum();
    return new IngestionReport(medicines, documents, catalogue, changes);
  }
}

package io.eparwatch.api;

import io.eparwatch.change.ChangeEvent;
import io.eparwatch.change.ChangeType;
import io.eparwatch.epar.EparPage;
import io.eparwatch.snapshot.Snapshot;
import io.eparwatch.snapshot.SnapshotStatus;
import io.eparwatch.source.EmaPause;
import io.eparwatch.watch.CheckOutcome;
import io.eparwatch.watch.Outcome;
import io.eparwatch.watch.Watch;
import java.time.Instant;
import java.util.List;

/** The JSON shapes of the API, decoupled from the entities. */
final class Views {

  private Views() {}

  record WatchView(
      String slug,
      String url,
      String productNumber,
      String name,
      Instant createdAt,
      Instant lastCheckedAt,
      Instant nextCheckAt,
      Outcome lastOutcome,
      int errorCount,
      String lastError,
      String problem,
      EmaPause emaPause) {
    /** {@code emaPause}: EMA's pause holding every check back now (null when none). */
    static WatchView of(Watch w, EmaPause emaPause) {
      return new WatchView(
          w.slug,
          w.url,
          w.productNumber,
          w.name,
          w.createdAt,
          w.lastCheckedAt,
          w.nextCheckAt,
          w.lastOutcome,
          w.errorCount,
          w.lastError,
          w.problem,
          emaPause);
    }
  }

  record SnapshotSummary(
      long id,
      int version,
      SnapshotStatus status,
      String suspectReason,
      String problems,
      String contentHash,
      Integer httpStatus,
      String etag,
      String lastModified,
      Instant fetchedAt,
      Long fetchMillis) {
    static SnapshotSummary of(Snapshot s) {
      return new SnapshotSummary(
          s.id,
          s.versionNo,
          s.status,
          s.suspectReason,
          s.problems,
          s.contentHash,
          s.httpStatus,
          s.etag,
          s.lastModified,
          s.fetchedAt,
          s.fetchMillis);
    }
  }

  record SnapshotView(SnapshotSummary snapshot, String watch, EparPage page) {}

  record ChangeView(
      long id,
      String product,
      String productNumber,
      String productName,
      ChangeType type,
      String documentTitle,
      String documentUrl,
      String language,
      String field,
      String before,
      String after,
      String diff,
      Instant detectedAt,
      String source,
      List<String> sources) {
    /** {@code source}: who reported the change first; {@code sources}: all who reported it. */
    static ChangeView of(ChangeEvent e) {
      List<String> sources = e.sourceList();
      return new ChangeView(
          e.id,
          e.product,
          e.productNumber,
          e.productName,
          e.type,
          e.documentTitle,
          e.documentUrl,
          e.language,
          e.field,
          e.before,
          e.after,
          e.diff,
          e.detectedAt,
          sources.get(0),
          sources);
    }
  }

  record CheckView(Outcome outcome, Long snapshotId, List<ChangeView> changes, String message) {
    static CheckView of(CheckOutcome o) {
      return new CheckView(
          o.outcome(),
          o.snapshotId(),
          o.changes().stream().map(ChangeView::of).toList(),
          o.message());
    }
  }

  /** Either the EPAR page URL or the EMA product number (resolved through the catalogue). */
  record AddWatchRequest(String url, String productNumber) {}
}

package io.eparwatch.api;

import io.eparwatch.api.MedicineResource.MedicineView;
import io.eparwatch.api.Views.ChangeView;
import io.eparwatch.api.Views.WatchView;
import io.eparwatch.change.ChangeEvent;
import io.eparwatch.change.Disagreement;
import io.eparwatch.epar.EparPage;
import io.eparwatch.snapshot.Snapshot;
import io.eparwatch.snapshot.SnapshotStatus;
import io.eparwatch.snapshot.Source;
import io.eparwatch.snapshot.VersionSummary;
import io.eparwatch.snapshot.VersionedPage;
import java.time.Instant;
import java.util.List;

/** The JSON shapes of the product, timeline, version and single-change endpoints. */
final class ProductViews {

  private ProductViews() {}

  /**
   * A product as both sources see it today: the catalogue's facts (null when not in the catalogue),
   * the latest good version of its page and of its export record (null when none), its watch (null
   * when not watched) and where page and export disagree.
   */
  record ProductView(
      String slug,
      String productNumber,
      String name,
      MedicineView catalogue,
      CurrentModel page,
      CurrentModel export,
      WatchView watch,
      List<Disagreement> disagreements) {}

  /** The latest good version of one source, with its parsed model. */
  record CurrentModel(long versionId, Instant observedAt, String fingerprint, EparPage model) {
    static CurrentModel of(VersionedPage version) {
      return new CurrentModel(
          version.versionId(), version.observedAt(), version.contentHash(), version.page());
    }
  }

  /** One version in a product's timeline, with the events detected in it. */
  record TimelineEntry(
      long versionId,
      Source source,
      int version,
      SnapshotStatus status,
      Instant observedAt,
      String fingerprint,
      String link,
      List<ChangeView> events) {
    static TimelineEntry of(VersionSummary v, List<ChangeEvent> events) {
      return new TimelineEntry(
          v.id(),
          v.source(),
          v.versionNo(),
          v.status(),
          v.fetchedAt(),
          v.contentHash(),
          Links.version(v.id()),
          events.stream().map(ChangeView::of).toList());
    }
  }

  record Timeline(String productNumber, String slug, List<TimelineEntry> versions) {}

  /** A stored version of either source; {@code raw} links to the body as fetched, for pages. */
  record VersionView(
      long id,
      Source source,
      int version,
      SnapshotStatus status,
      String suspectReason,
      String problems,
      String fingerprint,
      Instant observedAt,
      String watch,
      String productNumber,
      Integer httpStatus,
      String contentType,
      String etag,
      String lastModified,
      Long fetchMillis,
      String raw,
      EparPage model) {
    static VersionView of(Snapshot s, String watchSlug, EparPage model) {
      return new VersionView(
          s.id,
          s.source,
          s.versionNo,
          s.status,
          s.suspectReason,
          s.problems,
          s.contentHash,
          s.fetchedAt,
          watchSlug,
          s.productNumber,
          s.httpStatus,
          s.contentType,
          s.etag,
          s.lastModified,
          s.fetchMillis,
          s.source == Source.PAGE ? Links.version(s.id) + "/raw" : null,
          model);
    }
  }

  /** One change with the versions it was detected between and where to read them. */
  record ChangeDetail(
      ChangeView change, Long versionId, Long previousVersionId, ChangeLinks links) {
    static ChangeDetail of(ChangeEvent e) {
      String productKey = e.productNumber != null ? e.productNumber : e.product;
      return new ChangeDetail(
          ChangeView.of(e),
          e.versionId,
          e.previousVersionId,
          new ChangeLinks(
              Links.product(productKey),
              e.versionId == null ? null : Links.version(e.versionId),
              e.previousVersionId == null ? null : Links.version(e.previousVersionId)));
    }
  }

  record ChangeLinks(String product, String version, String previousVersion) {}
}

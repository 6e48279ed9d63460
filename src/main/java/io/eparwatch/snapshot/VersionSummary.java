package io.eparwatch.snapshot;

import io.quarkus.panache.common.Parameters;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A version's metadata without its content: what a timeline lists. */
public record VersionSummary(
    Long id,
    Source source,
    Long watchId,
    String productNumber,
    int versionNo,
    SnapshotStatus status,
    String contentHash,
    Instant fetchedAt) {

  /**
   * The versions of one product from both sources, newest first: the page versions of {@code
   * watchIds} and the export versions of {@code productNumber} (either may be absent), observed
   * before {@code before} if given.
   */
  public static List<VersionSummary> timeline(
      List<Long> watchIds, String productNumber, Instant before, int limit) {
    List<String> owners = new ArrayList<>();
    Parameters params = new Parameters();
    if (!watchIds.isEmpty()) {
      owners.add("watchId in :watches");
      params.and("watches", watchIds);
    }
    if (productNumber != null) {
      owners.add("(watchId is null and productNumber = :product)");
      params.and("product", productNumber);
    }
    if (owners.isEmpty()) {
      return List.of();
    }
    String where = "(" + String.join(" or ", owners) + ")";
    if (before != null) {
      where += " and fetchedAt < :before";
      params.and("before", before);
    }
    return Snapshot.find(where + " order by fetchedAt desc, id desc", params)
        .page(0, limit)
        .project(VersionSummary.class)
        .list();
  }
}

package io.eparwatch.watch;

import io.eparwatch.ops.Statements;
import io.eparwatch.snapshot.SnapshotStatus;
import java.util.Optional;

/**
 * What a check needs from the watch, read in one statement outside any transaction: where to fetch,
 * the validators to send, the fingerprint of the latest good version, and for a 304 the id of that
 * version and whether removals of the page wait for confirmation (then a 304 must confirm them;
 * otherwise it only moves the watch row).
 */
record CheckTarget(
    long id,
    String slug,
    String url,
    String etag,
    String lastModified,
    String contentHash,
    Long latestGoodId,
    boolean holdsRemovals) {

  private static final String READ =
      "select w.slug, w.url, w.etag, w.last_modified, w.content_hash,"
          + " (select s.id from snapshot s where s.watch_id = w.id and s.status = ?"
          + " order by s.version_no desc fetch first 1 rows only),"
          + " exists (select 1 from pending_removal p where p.watch_id = w.id)"
          + " from watch w where w.id = ?";

  static Optional<CheckTarget> of(Statements statements, long watchId) {
    return statements.first(
        READ,
        row ->
            new CheckTarget(
                watchId,
                row.getString(1),
                row.getString(2),
                row.getString(3),
                row.getString(4),
                row.getString(5),
                row.getObject(6, Long.class),
                row.getBoolean(7)),
        SnapshotStatus.GOOD,
        watchId);
  }
}

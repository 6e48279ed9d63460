package io.eparwatch.snapshot;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One immutable, distinct version of a watched page: the body as fetched and what was read from it.
 */
@Entity
@Table(name = "snapshot")
public class Snapshot extends PanacheEntity {

  public long watchId;
  public int versionNo;

  @Enumerated(EnumType.STRING)
  public SnapshotStatus status;

  public String suspectReason;
  public String contentHash;

  /** The body as fetched, gzip-compressed. */
  @Basic(fetch = FetchType.LAZY)
  @Column(name = "raw_body")
  public byte[] rawBody;

  /** The parsed {@code EparPage} as JSON; null for a body that is not an EPAR page. */
  @Column(length = 1_000_000)
  public String modelJson;

  public int httpStatus;
  public String contentType;
  public String etag;
  public String lastModified;
  public Instant fetchedAt;

  @Column(name = "fetch_millis")
  public long fetchMillis;

  public static Optional<Snapshot> latest(long watchId) {
    return find("watchId = ?1 order by versionNo desc", watchId).firstResultOptional();
  }

  public static Optional<Snapshot> latestGood(long watchId) {
    return find(
            "watchId = ?1 and status = ?2 order by versionNo desc", watchId, SnapshotStatus.GOOD)
        .firstResultOptional();
  }

  public static List<Snapshot> ofWatch(long watchId) {
    return list("watchId = ?1 order by versionNo desc", watchId);
  }
}

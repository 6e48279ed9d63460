package io.eparwatch.snapshot;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hibernate.jpa.HibernateHints;

/**
 * One immutable, distinct version of a product as one source saw it: a watched page (the body as
 * fetched and what was read from it) or an export product (the model the exports describe).
 */
@Entity
@Table(name = "snapshot")
public class Snapshot extends PanacheEntity {

  @Enumerated(EnumType.STRING)
  public Source source;

  /** Set for page versions. */
  public Long watchId;

  /** Set for export versions only: the product whose history this is. */
  public String productNumber;

  public int versionNo;

  @Enumerated(EnumType.STRING)
  public SnapshotStatus status;

  public String suspectReason;

  /**
   * What the parse of an accepted page left out, one sentence a line (e.g. a document entry whose
   * English link could not be read); null when nothing was.
   */
  public String problems;

  public String contentHash;

  /** The body as fetched, gzip-compressed; null for export versions. */
  @Basic(fetch = FetchType.LAZY)
  @Column(name = "raw_body")
  public byte[] rawBody;

  /** The parsed {@code EparPage} as JSON; null for a body that is not an EPAR page. */
  @Column(length = 1_000_000)
  public String modelJson;

  /** The response's metadata; null for export versions, which have no response of their own. */
  public Integer httpStatus;

  public String contentType;
  public String etag;
  public String lastModified;

  /** When the content was observed: fetched, or ingested from an export. */
  public Instant fetchedAt;

  @Column(name = "fetch_millis")
  public Long fetchMillis;

  public VersionKey key() {
    return source == Source.PAGE ? VersionKey.page(watchId) : VersionKey.export(productNumber);
  }

  public static List<Snapshot> ofWatch(long watchId) {
    return list("watchId = ?1 order by versionNo desc", watchId);
  }

  /**
   * Read without flushing first ({@link FlushModeType#COMMIT}): a transaction stores at most one
   * version of a history, after reading its latest, so nothing unflushed can be the answer; an
   * export chunk's transaction would otherwise flush and dirty-check all its entities per product.
   */
  static Optional<Snapshot> latestGood(VersionKey key) {
    return find(
            owner(key) + " and status = ?2 order by versionNo desc",
            owned(key),
            SnapshotStatus.GOOD)
        .withHint(HibernateHints.HINT_FLUSH_MODE, FlushModeType.COMMIT)
        .firstResultOptional();
  }

  /**
   * The condition on parameter {@code ?1} that selects the versions of {@code key}. Page versions
   * never carry a product number (see {@code SnapshotStore.store} and the V6 migration), so the
   * product number alone selects an export product's versions, through its unique index: with
   * {@code watchId is null} added, H2 plans the lookup on the watch index and scans every export
   * version instead.
   */
  static String owner(VersionKey key) {
    return key.source() == Source.PAGE ? "watchId = ?1" : "productNumber = ?1";
  }

  static Object owned(VersionKey key) {
    return key.source() == Source.PAGE ? key.watchId() : key.productNumber();
  }
}

package io.eparwatch.snapshot;

import io.eparwatch.epar.EparJson;
import io.eparwatch.epar.EparPage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.FlushModeType;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The versioned store of both sources. Versions are appended, never changed; only {@code
 * change.HistoryRecorder} appends them.
 */
@ApplicationScoped
public class SnapshotStore {

  /**
   * Stores a version; callers have established that its content is new. {@code fetched} is null for
   * an export version, {@code page} null for a body that is not an EPAR page.
   */
  @Transactional(TxType.MANDATORY)
  public Snapshot store(
      VersionKey key,
      FetchedPage fetched,
      Instant observedAt,
      EparPage page,
      String contentHash,
      SnapshotStatus status,
      String suspectReason) {
    Snapshot snapshot = new Snapshot();
    snapshot.source = key.source();
    snapshot.watchId = key.watchId();
    snapshot.productNumber = key.productNumber();
    snapshot.versionNo = lastVersionNo(key) + 1;
    snapshot.status = status;
    snapshot.suspectReason = suspectReason;
    snapshot.contentHash = contentHash;
    snapshot.modelJson = page == null ? null : EparJson.write(page);
    snapshot.fetchedAt = observedAt;
    if (fetched != null) {
      snapshot.rawBody = Gzip.compress(fetched.body());
      snapshot.httpStatus = fetched.httpStatus();
      snapshot.contentType = fetched.contentType();
      snapshot.etag = fetched.etag();
      snapshot.lastModified = fetched.lastModified();
      snapshot.fetchMillis = fetched.elapsed().toMillis();
    }
    snapshot.persist();
    return snapshot;
  }

  /** The latest good version of {@code key}, parsed. */
  public Optional<VersionedPage> latestGood(VersionKey key) {
    return Snapshot.latestGood(key)
        .map(
            s ->
                new VersionedPage(
                    s.id, s.versionNo, s.contentHash, s.fetchedAt, EparJson.read(s.modelJson)));
  }

  /** The id of the latest good version of {@code key}, without reading its content. */
  public Optional<Long> latestGoodId(VersionKey key) {
    return firstId(key, "and status = ?2", SnapshotStatus.GOOD);
  }

  /** The latest version of {@code key}, good or suspect. */
  public Optional<Snapshot> latest(VersionKey key) {
    return Snapshot.find(Snapshot.owner(key) + " order by versionNo desc", Snapshot.owned(key))
        .firstResultOptional();
  }

  /** The id of the good version of {@code key} before version number {@code versionNo}. */
  public Optional<Long> goodIdBefore(VersionKey key, int versionNo) {
    return firstId(key, "and status = ?2 and versionNo < ?3", SnapshotStatus.GOOD, versionNo);
  }

  public Optional<EparPage> page(Snapshot snapshot) {
    return Optional.ofNullable(snapshot.modelJson).map(EparJson::read);
  }

  /** The body as fetched; null for an export version. */
  public byte[] rawBody(Snapshot snapshot) {
    return snapshot.rawBody == null ? null : Gzip.decompress(snapshot.rawBody);
  }

  /** Without a flush first, for the reason {@code Snapshot.latestGood} gives. */
  private int lastVersionNo(VersionKey key) {
    Integer last =
        Snapshot.getEntityManager()
            .createQuery(
                "select max(versionNo) from Snapshot where " + Snapshot.owner(key), Integer.class)
            .setParameter(1, Snapshot.owned(key))
            .setFlushMode(FlushModeType.COMMIT)
            .getSingleResult();
    return last == null ? 0 : last;
  }

  /** Without a flush first, for the reason {@code Snapshot.latestGood} gives. */
  private Optional<Long> firstId(VersionKey key, String condition, Object... more) {
    var query =
        Snapshot.getEntityManager()
            .createQuery(
                "select id from Snapshot where "
                    + Snapshot.owner(key)
                    + " "
                    + condition
                    + " order by versionNo desc",
                Long.class)
            .setParameter(1, Snapshot.owned(key))
            .setFlushMode(FlushModeType.COMMIT)
            .setMaxResults(1);
    for (int i = 0; i < more.length; i++) {
      query.setParameter(i + 2, more[i]);
    }
    List<Long> ids = query.getResultList();
    return ids.stream().findFirst();
  }
}

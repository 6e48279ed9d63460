package io.eparwatch.snapshot;

import io.eparwatch.epar.EparJson;
import io.eparwatch.epar.EparPage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.Optional;

/** The versioned store of watched pages. Versions are appended, never changed. */
@ApplicationScoped
public class SnapshotStore {

  /** Stores a good version; callers have established that its content is new. */
  @Transactional(TxType.MANDATORY)
  public Snapshot storeGood(long watchId, FetchedPage fetched, EparPage page, String contentHash) {
    Snapshot snapshot = newVersion(watchId, fetched, contentHash, SnapshotStatus.GOOD);
    snapshot.modelJson = EparJson.write(page);
    snapshot.persist();
    return snapshot;
  }

  /** Stores a version that is kept for inspection only; {@code page} may be null. */
  @Transactional(TxType.MANDATORY)
  public Snapshot storeSuspect(
      long watchId, FetchedPage fetched, EparPage page, String contentHash, String reason) {
    Snapshot snapshot = newVersion(watchId, fetched, contentHash, SnapshotStatus.SUSPECT);
    snapshot.suspectReason = reason;
    snapshot.modelJson = page == null ? null : EparJson.write(page);
    snapshot.persist();
    return snapshot;
  }

  public Optional<EparPage> latestGoodPage(long watchId) {
    return Snapshot.latestGood(watchId).map(s -> EparJson.read(s.modelJson));
  }

  public Optional<EparPage> page(Snapshot snapshot) {
    return Optional.ofNullable(snapshot.modelJson).map(EparJson::read);
  }

  public byte[] rawBody(Snapshot snapshot) {
    return Gzip.decompress(snapshot.rawBody);
  }

  private Snapshot newVersion(
      long watchId, FetchedPage fetched, String contentHash, SnapshotStatus status) {
    Snapshot snapshot = new Snapshot();
    snapshot.watchId = watchId;
    snapshot.versionNo = Snapshot.latest(watchId).map(s -> s.versionNo + 1).orElse(1);
    snapshot.status = status;
    snapshot.contentHash = contentHash;
    snapshot.rawBody = Gzip.compress(fetched.body());
    snapshot.httpStatus = fetched.httpStatus();
    snapshot.contentType = fetched.contentType();
    snapshot.etag = fetched.etag();
    snapshot.lastModified = fetched.lastModified();
    snapshot.fetchedAt = fetched.fetchedAt();
    snapshot.fetchMillis = fetched.elapsed().toMillis();
    return snapshot;
  }
}

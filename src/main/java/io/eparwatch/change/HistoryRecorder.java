package io.eparwatch.change;

import io.eparwatch.epar.EparPage;
import io.eparwatch.snapshot.Snapshot;
import io.eparwatch.snapshot.SnapshotStatus;
import io.eparwatch.snapshot.SnapshotStore;
import io.eparwatch.snapshot.VersionKey;
import io.eparwatch.snapshot.VersionedPage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The one writer of versions and events, for pages and exports alike: stores a version when its
 * fingerprint is new, diffs it against the previous good version of the same history, holds and
 * confirms removals, and publishes the events through {@link ChangeLog}. Runs inside the caller's
 * transaction, so a version, its events and its caller's state are written together or not at all.
 * Writers of one product take turns ({@link ProductLocks}): each reads the latest version after the
 * one before it committed, so a content observed twice at once is stored once, with one set of
 * events, and the later writer finds it unchanged.
 */
@ApplicationScoped
public class HistoryRecorder {

  private final SnapshotStore store;
  private final RemovalConfirmation removals;
  private final ChangeLog changeLog;
  private final ProductLocks locks;
  private final EparDiffer differ = new EparDiffer();

  public HistoryRecorder(
      SnapshotStore store, RemovalConfirmation removals, ChangeLog changeLog, ProductLocks locks) {
    this.store = store;
    this.removals = removals;
    this.changeLog = changeLog;
    this.locks = locks;
  }

  /** Records {@code observation}, reading the previous good version of its history. */
  @Transactional(TxType.MANDATORY)
  public Recorded record(Observation observation, Comparison comparison) {
    locks.lock(observation.key(), observation.product());
    return recordLocked(observation, comparison, store.latestGood(observation.key()));
  }

  /**
   * Records {@code observation} against {@code previous}, the latest good version of its history as
   * the caller already read it (so that one check reads it once, unless another writer stored a
   * version since: then the stored one is read).
   */
  @Transactional(TxType.MANDATORY)
  public Recorded record(
      Observation observation, Comparison comparison, Optional<VersionedPage> previous) {
    locks.lock(observation.key(), observation.product());
    return recordLocked(observation, comparison, current(observation.key(), previous));
  }

  private Recorded recordLocked(
      Observation observation, Comparison comparison, Optional<VersionedPage> previous) {
    if (previous.isPresent() && previous.get().contentHash().equals(observation.fingerprint())) {
      List<ChangeEvent> events =
          comparison == Comparison.BASELINE
              ? List.of()
              : confirmRemovals(observation, previous.get(), observation.model(), comparison);
      return new Recorded(previous.get().versionId(), false, false, events);
    }
    Snapshot version = store(observation, SnapshotStatus.GOOD, null);
    if (previous.isEmpty() || comparison == Comparison.BASELINE) {
      return new Recorded(version.id, true, true, List.of());
    }
    EparPage before = previous.get().page();
    List<Change> changes = differ.diff(before, observation.model());
    changes =
        removals.reconcile(
            observation.key(),
            changes,
            before,
            observation.model(),
            observation.at(),
            comparison.observed());
    return new Recorded(
        version.id,
        true,
        false,
        changeLog.publish(
            changes,
            observation.product(),
            observation.key(),
            version.id,
            previous.get().versionId(),
            observation.at()));
  }

  /**
   * Nothing new was observed (a 304, a page with the latest version's fingerprint): confirms what
   * is held for {@code key}, reading its latest model only when anything is. {@code product} names
   * the product from that model.
   */
  @Transactional(TxType.MANDATORY)
  public Recorded unchanged(VersionKey key, Function<EparPage, ProductRef> product, Instant at) {
    return unchanged(key, product, at, Comparison.FULL);
  }

  /** As {@link #unchanged(VersionKey, Function, Instant)} for the part {@code observed} again. */
  @Transactional(TxType.MANDATORY)
  public Recorded unchanged(
      VersionKey key, Function<EparPage, ProductRef> product, Instant at, Comparison observed) {
    Optional<VersionedPage> read =
        PendingRemoval.anyFor(key) ? store.latestGood(key) : Optional.empty();
    if (read.isPresent()) {
      locks.lock(key, product.apply(read.get().page()));
    }
    // Another writer may have confirmed what was held, or stored a version, while this one waited.
    if (read.isEmpty() || !PendingRemoval.anyFor(key)) {
      return Recorded.nothingNew(store.latestGoodId(key).orElse(null));
    }
    VersionedPage latest = current(key, read).orElseThrow();
    EparPage page = latest.page();
    Observation same =
        new Observation(key, product.apply(page), page, latest.contentHash(), null, at);
    return new Recorded(
        latest.versionId(), false, false, confirmHeld(same, latest, page, observed));
  }

  /**
   * Publishes events that no diff finds (a medicine new in the catalogue) as detected in {@code
   * versionId}.
   */
  @Transactional(TxType.MANDATORY)
  public List<ChangeEvent> announce(
      VersionKey key, ProductRef product, long versionId, List<Change> changes, Instant at) {
    locks.lock(key, product);
    return changeLog.publish(changes, product, key, versionId, null, at);
  }

  /**
   * Keeps a version that must not be diffed (not an EPAR page, or suspicious), unless it is the
   * latest version already. {@code model} is null for a body that is not an EPAR page.
   */
  @Transactional(TxType.MANDATORY)
  public long holdSuspect(Observation observation, String reason) {
    locks.lock(observation.key(), observation.product());
    return store
        .latest(observation.key())
        .filter(latest -> latest.contentHash.equals(observation.fingerprint()))
        .map(latest -> latest.id)
        .orElseGet(() -> store(observation, SnapshotStatus.SUSPECT, reason).id);
  }

  /**
   * {@code read}, the latest good version of {@code key} as read before the lock, unless another
   * writer stored one since; one id read when nothing moved.
   */
  private Optional<VersionedPage> current(VersionKey key, Optional<VersionedPage> read) {
    Optional<Long> latestId = store.latestGoodId(key);
    return latestId.equals(read.map(VersionedPage::versionId)) ? read : store.latestGood(key);
  }

  private Snapshot store(Observation observation, SnapshotStatus status, String suspectReason) {
    return store.store(
        observation.key(),
        observation.fetched(),
        observation.at(),
        observation.model(),
        observation.fingerprint(),
        status,
        suspectReason);
  }

  /** Held removals of an unchanged history: detected in its latest version. */
  private List<ChangeEvent> confirmRemovals(
      Observation observation, VersionedPage latest, EparPage current, Comparison observed) {
    if (!PendingRemoval.anyFor(observation.key())) {
      return List.of();
    }
    return confirmHeld(observation, latest, current, observed);
  }

  /** As {@link #confirmRemovals} once it is known that something is held. */
  private List<ChangeEvent> confirmHeld(
      Observation observation, VersionedPage latest, EparPage current, Comparison observed) {
    List<Change> confirmed =
        removals.reconcile(
            observation.key(), List.of(), current, current, observation.at(), observed.observed());
    Long before = store.goodIdBefore(observation.key(), latest.versionNo()).orElse(null);
    return changeLog.publish(
        confirmed,
        observation.product(),
        observation.key(),
        latest.versionId(),
        before,
        observation.at());
  }
}

package io.eparwatch.watch;

import io.eparwatch.change.Change;
import io.eparwatch.change.ChangeEvent;
import io.eparwatch.change.ChangeLog;
import io.eparwatch.change.ChangeSource;
import io.eparwatch.change.EparDiffer;
import io.eparwatch.change.ProductRef;
import io.eparwatch.change.RemovalConfirmation;
import io.eparwatch.change.RemovalScope;
import io.eparwatch.config.EparWatchConfig;
import io.eparwatch.epar.EparPage;
import io.eparwatch.snapshot.FetchedPage;
import io.eparwatch.snapshot.Snapshot;
import io.eparwatch.snapshot.SnapshotStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Writes what one check found, in one transaction: the new version, its change events, pending
 * removals and the watch's state. A crash leaves either all of it or none of it.
 */
@ApplicationScoped
public class CheckRecorder {

  private final SnapshotStore store;
  private final RemovalConfirmation removals;
  private final ChangeLog changeLog;
  private final NextCheckPolicy policy;
  private final int lossConfirmations;
  private final EparDiffer differ = new EparDiffer();

  public CheckRecorder(
      SnapshotStore store,
      RemovalConfirmation removals,
      ChangeLog changeLog,
      NextCheckPolicy policy,
      EparWatchConfig config) {
    this.store = store;
    this.removals = removals;
    this.changeLog = changeLog;
    this.policy = policy;
    this.lossConfirmations = config.guards().lossConfirmations();
  }

  @Transactional(TxType.REQUIRES_NEW)
  public CheckOutcome failed(long watchId, String error, Instant retryNotBefore, Instant now) {
    Watch watch = Watch.findById(watchId);
    watch.errorCount++;
    watch.lastError = error;
    watch.lastOutcome = Outcome.FAILED;
    watch.lastCheckedAt = now;
    watch.nextCheckAt = policy.onFailure(now, watch.errorCount, retryNotBefore);
    return CheckOutcome.failed(error);
  }

  @Transactional(TxType.REQUIRES_NEW)
  public CheckOutcome notModified(long watchId, Instant now) {
    Watch watch = Watch.findById(watchId);
    Optional<Snapshot> latest = Snapshot.latestGood(watchId);
    Optional<EparPage> current = latest.flatMap(store::page);
    List<Change> confirmed =
        current
            .map(page -> removals.reconcile(RemovalScope.page(watchId), List.of(), page, page, now))
            .orElse(List.of());
    Long snapshotId = latest.map(s -> s.id).orElse(null);
    List<ChangeEvent> events = publish(watch, confirmed, snapshotId, current.orElse(null), now);
    succeeded(watch, Outcome.NOT_MODIFIED, now);
    return new CheckOutcome(Outcome.NOT_MODIFIED, snapshotId, events, null);
  }

  @Transactional(TxType.REQUIRES_NEW)
  public CheckOutcome fetched(long watchId, FetchedPage fetched, PageAssessment assessment) {
    Watch watch = Watch.findById(watchId);
    Instant now = fetched.fetchedAt();
    if (assessment instanceof PageAssessment.Suspect suspect
        && !acceptedAfterRepeats(watch, suspect)) {
      return suspect(watch, fetched, suspect);
    }
    EparPage page =
        assessment instanceof PageAssessment.Good good
            ? good.page()
            : ((PageAssessment.Suspect) assessment).page();
    watch.etag = fetched.etag();
    watch.lastModified = fetched.lastModified();
    watch.name = page.name();
    watch.productNumber = page.productNumber();
    Optional<Snapshot> latest = Snapshot.latestGood(watchId);
    if (latest.isPresent() && assessment.contentHash().equals(watch.contentHash)) {
      List<Change> confirmed =
          removals.reconcile(RemovalScope.page(watchId), List.of(), page, page, now);
      List<ChangeEvent> events = publish(watch, confirmed, latest.get().id, page, now);
      succeeded(watch, Outcome.UNCHANGED, now);
      return new CheckOutcome(Outcome.UNCHANGED, latest.get().id, events, null);
    }
    // Parsed only now: an unchanged page, the common case, needs the previous model not at all.
    Optional<EparPage> previous = latest.flatMap(store::page);
    Snapshot version = store.storeGood(watchId, fetched, page, assessment.contentHash());
    watch.contentHash = assessment.contentHash();
    Outcome outcome = previous.isEmpty() ? Outcome.BASELINE : Outcome.CHANGED;
    List<Change> changes =
        previous
            .map(
                p ->
                    removals.reconcile(
                        RemovalScope.page(watchId), differ.diff(p, page), p, page, now))
            .orElse(List.of());
    List<ChangeEvent> events = publish(watch, changes, version.id, page, now);
    succeeded(watch, outcome, now);
    return new CheckOutcome(outcome, version.id, events, null);
  }

  /**
   * Only a page held for document loss can be accepted, once it has been seen unchanged often
   * enough.
   */
  private boolean acceptedAfterRepeats(Watch watch, PageAssessment.Suspect suspect) {
    return suspect.page() != null
        && suspect.contentHash().equals(watch.suspectHash)
        && watch.suspectStreak + 1 >= lossConfirmations;
  }

  private CheckOutcome suspect(Watch watch, FetchedPage fetched, PageAssessment.Suspect suspect) {
    Instant now = fetched.fetchedAt();
    boolean seenBefore = suspect.contentHash().equals(watch.suspectHash);
    watch.suspectStreak = seenBefore ? watch.suspectStreak + 1 : 1;
    watch.suspectHash = suspect.contentHash();
    Snapshot version =
        Snapshot.latest(watch.id)
            .filter(latest -> latest.contentHash.equals(suspect.contentHash()))
            .orElseGet(
                () ->
                    store.storeSuspect(
                        watch.id,
                        fetched,
                        suspect.page(),
                        suspect.contentHash(),
                        suspect.reason()));
    // The next fetch must be a full one: a 304 against a suspect body would prove nothing.
    watch.etag = null;
    watch.lastModified = null;
    watch.problem = suspect.reason();
    watch.lastOutcome = Outcome.SUSPECT;
    watch.lastCheckedAt = now;
    watch.nextCheckAt = policy.onFailure(now, 1, null);
    return new CheckOutcome(Outcome.SUSPECT, version.id, List.of(), suspect.reason());
  }

  private void succeeded(Watch watch, Outcome outcome, Instant now) {
    watch.lastOutcome = outcome;
    watch.lastCheckedAt = now;
    watch.nextCheckAt = policy.onSuccess(now);
    watch.errorCount = 0;
    watch.lastError = null;
    watch.problem = null;
    watch.suspectHash = null;
    watch.suspectStreak = 0;
  }

  private List<ChangeEvent> publish(
      Watch watch, List<Change> changes, Long snapshotId, EparPage page, Instant now) {
    ProductRef product =
        new ProductRef(
            watch.slug,
            page != null && page.productNumber() != null
                ? page.productNumber()
                : watch.productNumber,
            page != null && page.name() != null ? page.name() : watch.name);
    return changeLog.publish(changes, product, ChangeSource.PAGE, watch.id, snapshotId, now);
  }
}

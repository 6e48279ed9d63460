package io.eparwatch.watch;

import io.eparwatch.change.Comparison;
import io.eparwatch.change.HistoryRecorder;
import io.eparwatch.change.Observation;
import io.eparwatch.change.ProductRef;
import io.eparwatch.change.Recorded;
import io.eparwatch.epar.EparPage;
import io.eparwatch.snapshot.FetchedPage;
import io.eparwatch.snapshot.Snapshot;
import io.eparwatch.snapshot.SnapshotStore;
import io.eparwatch.snapshot.VersionKey;
import io.eparwatch.snapshot.VersionedPage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Writes what one check found, in one transaction: the watch's state, and through {@link
 * HistoryRecorder} the new version, its change events and pending removals. A crash leaves either
 * all of it or none of it. An unchanged page touches the watch row only, unless removals wait for
 * confirmation (a 304 or a page with the latest fingerprint without any is {@link
 * WatchRowRecord}'s). Each method joins the caller's transaction if there is one: a scheduled
 * check's, which first makes sure the watch's claim is still its own ({@link WatchClaims#release}).
 */
@ApplicationScoped
public class CheckRecorder {

  private final HistoryRecorder history;
  private final SnapshotStore store;
  private final NextCheckPolicy policy;
  private final PageGuards guards;

  public CheckRecorder(
      HistoryRecorder history, SnapshotStore store, NextCheckPolicy policy, PageGuards guards) {
    this.history = history;
    this.store = store;
    this.policy = policy;
    this.guards = guards;
  }

  @Transactional(TxType.REQUIRED)
  public CheckOutcome failed(long watchId, String error, Instant retryNotBefore, Instant now) {
    Watch watch = Watch.findById(watchId);
    watch.errorCount++;
    watch.lastError = error;
    watch.lastOutcome = Outcome.FAILED;
    watch.lastCheckedAt = now;
    watch.nextCheckAt = policy.onFailure(now, watch.errorCount, retryNotBefore);
    return CheckOutcome.failed(error);
  }

  /**
   * EMA answered 304 while removals wait for confirmation: the page is the one last fetched, so
   * they are confirmed (or kept) as for an unchanged page. Without any, {@link WatchRowRecord}
   * moves the watch row alone.
   */
  @Transactional(TxType.REQUIRED)
  public CheckOutcome notModified(long watchId, Instant now) {
    Watch watch = Watch.findById(watchId);
    if (watch == null) {
      return CheckOutcome.failed("watch " + watchId + " no longer exists");
    }
    Recorded recorded =
        history.unchanged(VersionKey.page(watchId), page -> productOf(watch, page), now);
    // The page is the one last fetched: what its parse left out still holds.
    String leftOut = watch.problem;
    succeeded(watch, Outcome.NOT_MODIFIED, now);
    watch.problem = leftOut;
    return new CheckOutcome(Outcome.NOT_MODIFIED, recorded.versionId(), recorded.events(), null);
  }

  /**
   * {@code previous} is the latest good version as the checker read it for the guards, or empty
   * when the checker did not need it (the page's fingerprint was the latest version's).
   */
  @Transactional(TxType.REQUIRED)
  public CheckOutcome fetched(
      long watchId,
      FetchedPage fetched,
      PageAssessment assessment,
      Optional<VersionedPage> previous) {
    Watch watch = Watch.findById(watchId);
    Instant now = fetched.fetchedAt();
    if (assessment instanceof PageAssessment.Suspect suspect
        && !guards.acceptedAfterRepeats(suspect, watch.suspectHash, watch.suspectStreak)) {
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
    VersionKey key = VersionKey.page(watchId);
    if (assessment.contentHash().equals(watch.contentHash)) {
      Recorded same = history.unchanged(key, stored -> productOf(watch, page), now);
      succeeded(watch, Outcome.UNCHANGED, now);
      watch.problem = problemsOf(assessment);
      return new CheckOutcome(Outcome.UNCHANGED, same.versionId(), same.events(), null);
    }
    Optional<VersionedPage> latest =
        watch.contentHash == null
            ? Optional.empty()
            : previous
                .filter(read -> read.contentHash().equals(watch.contentHash))
                .or(() -> store.latestGood(key));
    Observation observation =
        new Observation(key, productOf(watch, page), page, assessment.contentHash(), fetched, now);
    Recorded recorded = history.record(observation, Comparison.FULL, latest);
    watch.contentHash = assessment.contentHash();
    // Not stored: a check of this page on another thread or instance stored this content while
    // this one waited for the product (HistoryRecorder); to this check the page is unchanged.
    Outcome outcome =
        !recorded.stored()
            ? Outcome.UNCHANGED
            : recorded.baseline() ? Outcome.BASELINE : Outcome.CHANGED;
    succeeded(watch, outcome, now);
    watch.problem = problemsOf(assessment);
    if (recorded.stored() && watch.problem != null) {
      Snapshot.<Snapshot>findById(recorded.versionId()).problems = watch.problem;
    }
    return new CheckOutcome(outcome, recorded.versionId(), recorded.events(), null);
  }

  private CheckOutcome suspect(Watch watch, FetchedPage fetched, PageAssessment.Suspect suspect) {
    Instant now = fetched.fetchedAt();
    boolean seenBefore = suspect.contentHash().equals(watch.suspectHash);
    watch.suspectStreak = seenBefore ? watch.suspectStreak + 1 : 1;
    watch.suspectHash = suspect.contentHash();
    Observation observation =
        new Observation(
            VersionKey.page(watch.id),
            productOf(watch, suspect.page()),
            suspect.page(),
            suspect.contentHash(),
            fetched,
            now);
    long versionId = history.holdSuspect(observation, suspect.reason());
    // The next fetch must be a full one: a 304 against a suspect body would prove nothing.
    watch.etag = null;
    watch.lastModified = null;
    watch.problem = suspect.reason();
    watch.lastOutcome = Outcome.SUSPECT;
    watch.lastCheckedAt = now;
    watch.nextCheckAt = policy.onFailure(now, 1, null);
    return new CheckOutcome(Outcome.SUSPECT, versionId, List.of(), suspect.reason());
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

  /**
   * What the parse of an accepted page left out, for the watch and its version: the user sees why a
   * document is missing although the page was accepted.
   */
  static String problemsOf(PageAssessment assessment) {
    return assessment instanceof PageAssessment.Good good && !good.problems().isEmpty()
        ? String.join("\n", good.problems())
        : null;
  }

  /** The product as the page names it, else as the watch last knew it. */
  private static ProductRef productOf(Watch watch, EparPage page) {
    return new ProductRef(
        watch.slug,
        page != null && page.productNumber() != null ? page.productNumber() : watch.productNumber,
        page != null && page.name() != null ? page.name() : watch.name,
        page != null ? page.atcCode() : null,
        page != null ? page.marketingAuthorisationHolder() : null);
  }
}

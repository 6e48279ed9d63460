package io.eparwatch.watch;

import io.eparwatch.config.EparWatchConfig;
import io.eparwatch.ops.FailureText;
import io.eparwatch.ops.Statements;
import io.eparwatch.snapshot.FetchedPage;
import io.eparwatch.snapshot.SnapshotStore;
import io.eparwatch.snapshot.VersionKey;
import io.eparwatch.snapshot.VersionedPage;
import io.eparwatch.source.FetchResult;
import io.eparwatch.source.PageFetcher;
import io.eparwatch.source.Validators;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * One check of one watch: fetch (outside any transaction, it may take seconds), assess, record.
 * Checks of the same watch never overlap within this instance; across instances, scheduled checks
 * are claimed ({@link WatchClaims}) and recorded only under their claim, and any two checks of one
 * product (a manual one among them) take turns in the recorder: the later finds the page unchanged.
 */
@ApplicationScoped
public class WatchChecker {

  private static final Logger LOG = Logger.getLogger(WatchChecker.class);

  private final PageFetcher fetcher;
  private final PageGuards guards;
  private final CheckRecorder recorder;
  private final CheckPostponer postponer;
  private final Duration manualPatience;
  private final SnapshotStore store;
  private final Clock clock;
  private final WatchClaims claims;
  private final CheckMetrics metrics;
  private final Statements statements;
  private final WatchRowRecord rowRecord;
  private final ConcurrentMap<Long, Object> locks = new ConcurrentHashMap<>();

  public WatchChecker(
      PageFetcher fetcher,
      PageGuards guards,
      CheckRecorder recorder,
      CheckPostponer postponer,
      SnapshotStore store,
      Clock clock,
      EparWatchConfig config,
      WatchClaims claims,
      CheckMetrics metrics,
      Statements statements,
      WatchRowRecord rowRecord) {
    this.fetcher = fetcher;
    this.guards = guards;
    this.recorder = recorder;
    this.postponer = postponer;
    this.manualPatience = config.fetch().maxRetryAfterWait();
    this.store = store;
    this.clock = clock;
    this.claims = claims;
    this.metrics = metrics;
    this.statements = statements;
    this.rowRecord = rowRecord;
  }

  /**
   * A check of all watches someone asked for: inside a pause of EMA's, it is postponed to the
   * pause's end.
   */
  public CheckOutcome check(long watchId) {
    return check(watchId, Duration.ZERO, Optional.empty()).orElseThrow();
  }

  /**
   * A check someone asked for: a pause of EMA's shorter than {@code max-retry-after-wait} is waited
   * out; a longer one postpones it like a scheduled check. It needs no claim, and leaves a claim
   * that the scheduled tick holds on the watch as it is.
   */
  public CheckOutcome checkNow(long watchId) {
    return check(watchId, manualPatience, Optional.empty()).orElseThrow();
  }

  /**
   * A scheduled check of a watch this instance claimed: its result is recorded only while the claim
   * is still this one. Empty when the claim expired and was taken over meanwhile (this instance was
   * frozen or slow): another instance checks the watch, and nothing of this check is kept.
   */
  public Optional<CheckOutcome> check(WatchClaims.Claim claim) {
    metrics.claimed(claim);
    return check(claim.watchId(), Duration.ZERO, Optional.of(claim));
  }

  private Optional<CheckOutcome> check(
      long watchId, Duration patience, Optional<WatchClaims.Claim> claim) {
    synchronized (locks.computeIfAbsent(watchId, id -> new Object())) {
      CheckTarget target = CheckTarget.of(statements, watchId).orElse(null);
      if (target == null) {
        return Optional.of(CheckOutcome.failed("watch " + watchId + " no longer exists"));
      }
      Optional<CheckOutcome> outcome;
      try {
        outcome = run(target, patience, claim);
      } catch (RuntimeException e) {
        // Recorded as a failed check, so the watch shows why and backs off instead of a 500.
        LOG.warnf(e, "%s: check failed unexpectedly", target.slug());
        String error = "the check failed: " + FailureText.of(e);
        outcome =
            recordUnder(claim, () -> recorder.failed(target.id(), error, null, clock.instant()));
      }
      if (outcome.isEmpty()) {
        metrics.discarded();
        LOG.infof(
            "checked %s, but the claim is no longer this instance's (it expired and was taken"
                + " over, or the watch was removed): this result is dropped",
            target.slug());
      } else {
        metrics.checked(outcome.get().outcome());
        LOG.infof("checked %s: %s", target.slug(), CheckSummary.of(outcome.get()));
      }
      return outcome;
    }
  }

  /**
   * Records in one transaction that first releases the claim, if any: no claim still ours, no
   * record (the recorder's methods join this transaction).
   */
  private Optional<CheckOutcome> recordUnder(
      Optional<WatchClaims.Claim> claim, Supplier<CheckOutcome> record) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                claim.isEmpty() || claims.release(claim.get())
                    ? Optional.of(record.get())
                    : Optional.empty());
  }

  private Optional<CheckOutcome> run(
      CheckTarget target, Duration patience, Optional<WatchClaims.Claim> claim) {
    FetchResult result =
        fetcher.fetch(
            URI.create(target.url()),
            new Validators(target.etag(), target.lastModified()),
            patience);
    // When EMA answered, not when the check began: a check that waited (its turn, a pause, a
    // frozen process) would otherwise be due again at once, and its page dated too early.
    Instant answered = clock.instant();
    if (result instanceof FetchResult.Postponed postponed) {
      return recordUnder(claim, () -> postponer.postpone(target.id(), postponed.pause()));
    }
    if (result instanceof FetchResult.Failed failed) {
      return recordUnder(claim, () -> recorder.failed(target.id(), failed.error(), null, answered));
    }
    if (result instanceof FetchResult.NotModified) {
      return target.holdsRemovals()
          ? recordUnder(claim, () -> recorder.notModified(target.id(), answered))
          : rowRecord.notModified(target, claim, answered);
    }
    FetchResult.Fetched fetched = (FetchResult.Fetched) result;
    FetchedPage page = ReceivedPage.of(target.slug(), fetched, answered);
    // Read at most once per check, and only when the page differs from it.
    AtomicReference<Optional<VersionedPage>> latest = new AtomicReference<>(Optional.empty());
    PageAssessment assessment =
        guards.assess(
            fetched.body(),
            fetched.contentType(),
            target.url(),
            target.contentHash(),
            () -> {
              latest.set(
                  QuarkusTransaction.requiringNew()
                      .call(() -> store.latestGood(VersionKey.page(target.id()))));
              return latest.get().map(VersionedPage::page);
            });
    if (assessment instanceof PageAssessment.Good good
        && good.contentHash().equals(target.contentHash())
        && !target.holdsRemovals()) {
      Optional<CheckOutcome> unchanged = rowRecord.unchanged(target, claim, page, good);
      if (unchanged.isPresent()) {
        return unchanged;
      }
    }
    return recordUnder(claim, () -> recorder.fetched(target.id(), page, assessment, latest.get()));
  }
}

package io.eparwatch.watch;

import io.eparwatch.config.EparWatchConfig;
import io.eparwatch.ops.FailureText;
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
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/**
 * One check of one watch: fetch (outside any transaction, it may take seconds), assess, record.
 * Checks of the same watch never overlap within this instance; across instances the recorder makes
 * them take turns, and the later one finds the page unchanged.
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
  private final ConcurrentMap<Long, Object> locks = new ConcurrentHashMap<>();

  public WatchChecker(
      PageFetcher fetcher,
      PageGuards guards,
      CheckRecorder recorder,
      CheckPostponer postponer,
      SnapshotStore store,
      Clock clock,
      EparWatchConfig config) {
    this.fetcher = fetcher;
    this.guards = guards;
    this.recorder = recorder;
    this.postponer = postponer;
    this.manualPatience = config.fetch().maxRetryAfterWait();
    this.store = store;
    this.clock = clock;
  }

  /** A scheduled check: inside a pause of EMA's, it is postponed to the pause's end. */
  public CheckOutcome check(long watchId) {
    return check(watchId, Duration.ZERO);
  }

  /**
   * A check someone asked for: a pause of EMA's shorter than {@code max-retry-after-wait} is waited
   * out; a longer one postpones it like a scheduled check.
   */
  public CheckOutcome checkNow(long watchId) {
    return check(watchId, manualPatience);
  }

  private CheckOutcome check(long watchId, Duration patience) {
    synchronized (locks.computeIfAbsent(watchId, id -> new Object())) {
      Target target = QuarkusTransaction.requiringNew().call(() -> Target.of(watchId));
      if (target == null) {
        return CheckOutcome.failed("watch " + watchId + " no longer exists");
      }
      CheckOutcome outcome;
      try {
        outcome = run(target, patience);
      } catch (RuntimeException e) {
        // Recorded as a failed check, so the watch shows why and backs off instead of a 500.
        LOG.warnf(e, "%s: check failed unexpectedly", target.slug());
        outcome =
            recorder.failed(
                target.id(), "the check failed: " + FailureText.of(e), null, clock.instant());
      }
      LOG.infof("checked %s: %s", target.slug(), CheckSummary.of(outcome));
      return outcome;
    }
  }

  private CheckOutcome run(Target target, Duration patience) {
    Instant started = clock.instant();
    FetchResult result =
        fetcher.fetch(
            URI.create(target.url()),
            new Validators(target.etag(), target.lastModified()),
            patience);
    if (result instanceof FetchResult.Postponed postponed) {
      return postponer.postpone(target.id(), postponed.pause());
    }
    if (result instanceof FetchResult.Failed failed) {
      return recorder.failed(target.id(), failed.error(), null, started);
    }
    if (result instanceof FetchResult.NotModified) {
      return recorder.notModified(target.id(), started);
    }
    FetchResult.Fetched fetched = (FetchResult.Fetched) result;
    Validators kept = Validators.fromResponse(fetched.etag(), fetched.lastModified());
    if (!kept.equals(new Validators(fetched.etag(), fetched.lastModified()))) {
      LOG.warnf(
          "%s: absurd ETag (%d chars) or Last-Modified (%d chars) dropped",
          target.slug(), length(fetched.etag()), length(fetched.lastModified()));
    }
    FetchedPage page =
        new FetchedPage(
            fetched.body(),
            fetched.status(),
            fetched.contentType(),
            kept.etag(),
            kept.lastModified(),
            started,
            fetched.elapsed());
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
    return recorder.fetched(target.id(), page, assessment, latest.get());
  }

  private static int length(String value) {
    return value == null ? 0 : value.length();
  }

  /** What a check needs from the watch, read in a short transaction of its own. */
  private record Target(
      long id, String slug, String url, String etag, String lastModified, String contentHash) {
    /** Read as columns, not as an entity: nothing to track or flush at commit. */
    static Target of(long watchId) {
      List<Object[]> rows =
          Watch.getEntityManager()
              .createQuery(
                  "select slug, url, etag, lastModified, contentHash from Watch where id = ?1",
                  Object[].class)
              .setParameter(1, watchId)
              .getResultList();
      if (rows.isEmpty()) {
        return null;
      }
      Object[] row = rows.get(0);
      return new Target(
          watchId,
          (String) row[0],
          (String) row[1],
          (String) row[2],
          (String) row[3],
          (String) row[4]);
    }
  }
}

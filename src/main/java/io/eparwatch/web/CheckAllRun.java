package io.eparwatch.web;

import io.eparwatch.watch.Outcome;
import io.eparwatch.watch.Watch;
import io.eparwatch.watch.WatchChecker;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * "Check all" from the watches page: runs on its own thread, one watch after the other (as polite
 * as the scheduled checks), while the page shows its progress on reload. One run at a time per
 * instance.
 */
@ApplicationScoped
public class CheckAllRun {

  /** Where the last run is: {@code running} until every watch has been checked. */
  public record Progress(
      boolean running, int done, int total, int failed, Instant startedAt, Instant finishedAt) {}

  private final WatchChecker checker;
  private final Clock clock;
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread thread = new Thread(r, "eparwatch-check-all");
            thread.setDaemon(true);
            return thread;
          });
  private final AtomicInteger done = new AtomicInteger();
  private final AtomicInteger failed = new AtomicInteger();
  private volatile Progress progress;

  public CheckAllRun(WatchChecker checker, Clock clock) {
    this.checker = checker;
    this.clock = clock;
  }

  /** Starts a run unless one is going on; false when one is. */
  public synchronized boolean start() {
    if (progress != null && progress.running()) {
      return false;
    }
    List<Long> ids = QuarkusTransaction.requiringNew().call(Watch::allIds);
    done.set(0);
    failed.set(0);
    Instant started = clock.instant();
    progress = new Progress(true, 0, ids.size(), 0, started, null);
    worker.submit(() -> run(ids, started));
    return true;
  }

  /** The current or last run; null when none has run since start-up. */
  public Progress progress() {
    Progress p = progress;
    return p == null || !p.running()
        ? p
        : new Progress(true, done.get(), p.total(), failed.get(), p.startedAt(), null);
  }

  private void run(List<Long> ids, Instant started) {
    try {
      for (Long id : ids) {
        if (checker.checkNow(id).outcome() == Outcome.FAILED) {
          failed.incrementAndGet();
        }
        done.incrementAndGet();
      }
    } finally {
      progress =
          new Progress(false, done.get(), ids.size(), failed.get(), started, clock.instant());
    }
  }

  @PreDestroy
  void stop() {
    worker.shutdownNow();
  }
}

package io.eparwatch.watch;

import io.eparwatch.config.EparWatchConfig;
import io.eparwatch.ops.FailureText;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.logging.Logger;

/** Checks many watches with bounded concurrency; one failing watch never stops the batch. */
@ApplicationScoped
public class BatchChecker {

  private static final Logger LOG = Logger.getLogger(BatchChecker.class);

  private final WatchChecker checker;
  private final CheckRecorder recorder;
  private final Clock clock;
  private final EparWatchConfig.Schedule schedule;

  public BatchChecker(
      WatchChecker checker, CheckRecorder recorder, Clock clock, EparWatchConfig config) {
    this.checker = checker;
    this.recorder = recorder;
    this.clock = clock;
    this.schedule = config.schedule();
  }

  /** The watches whose next check is due, oldest first, at most one batch. */
  public Map<Outcome, Integer> checkDue() {
    List<Long> due =
        QuarkusTransaction.requiringNew()
            .call(() -> Watch.dueIds(clock.instant(), schedule.batchSize()));
    return checkAll(due);
  }

  public Map<Outcome, Integer> checkAll(List<Long> watchIds) {
    Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
    if (watchIds.isEmpty()) {
      return counts;
    }
    ExecutorService pool =
        Executors.newFixedThreadPool(Math.min(schedule.concurrency(), watchIds.size()));
    try {
      List<Future<Outcome>> results =
          watchIds.stream().map(id -> pool.submit(() -> checkIsolated(id))).toList();
      for (Future<Outcome> result : results) {
        counts.merge(result.get(), 1, Integer::sum);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException("checkIsolated never throws", e);
    } finally {
      pool.shutdownNow();
    }
    return counts;
  }

  private Outcome checkIsolated(long watchId) {
    try {
      return checker.check(watchId).outcome();
    } catch (RuntimeException e) {
      LOG.warnf(e, "check of watch %d failed unexpectedly", watchId);
      recorder.failed(watchId, "the check failed: " + FailureText.of(e), null, clock.instant());
      return Outcome.FAILED;
    }
  }
}

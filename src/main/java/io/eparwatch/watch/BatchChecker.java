package io.eparwatch.watch;

import io.eparwatch.config.EparWatchConfig;
import io.eparwatch.config.InstanceId;
import io.eparwatch.ops.FailureText;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.jboss.logging.Logger;

/** Checks many watches with bounded concurrency; one failing watch never stops the batch. */
@ApplicationScoped
public class BatchChecker {

  private static final Logger LOG = Logger.getLogger(BatchChecker.class);

  private final WatchChecker checker;
  private final CheckRecorder recorder;
  private final WatchClaims claims;
  private final Clock clock;
  private final EparWatchConfig.Schedule schedule;
  private final Duration lease;
  private final String instance;

  public BatchChecker(
      WatchChecker checker,
      CheckRecorder recorder,
      WatchClaims claims,
      Clock clock,
      EparWatchConfig config,
      InstanceId instance) {
    this.checker = checker;
    this.recorder = recorder;
    this.claims = claims;
    this.clock = clock;
    this.schedule = config.schedule();
    this.lease = config.cluster().claimLease();
    this.instance = instance.value();
  }

  /**
   * The watches whose next check is due, oldest first, at most one batch. Each worker claims one
   * due watch at a time, checks it and records it under the claim, then claims the next: a lease
   * covers one check, and every instance of a cluster takes its share.
   */
  public Map<Outcome, Integer> checkDue() {
    AtomicInteger left = new AtomicInteger(schedule.batchSize());
    return inParallel(schedule.concurrency(), () -> checkClaimedWhileDue(left));
  }

  /** Checks these watches now, without claims (someone asked for it). */
  public Map<Outcome, Integer> checkAll(List<Long> watchIds) {
    if (watchIds.isEmpty()) {
      return new EnumMap<>(Outcome.class);
    }
    AtomicInteger next = new AtomicInteger();
    return inParallel(
        Math.min(schedule.concurrency(), watchIds.size()),
        () -> {
          Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
          for (int i = next.getAndIncrement(); i < watchIds.size(); i = next.getAndIncrement()) {
            counts.merge(checkIsolated(watchIds.get(i)), 1, Integer::sum);
          }
          return counts;
        });
  }

  private Map<Outcome, Integer> checkClaimedWhileDue(AtomicInteger left) {
    Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
    while (left.getAndDecrement() > 0 && !Thread.currentThread().isInterrupted()) {
      Optional<WatchClaims.Claim> claim = claimNext();
      if (claim.isEmpty()) {
        break;
      }
      checkClaimed(claim.get()).ifPresent(outcome -> counts.merge(outcome, 1, Integer::sum));
    }
    return counts;
  }

  private Optional<WatchClaims.Claim> claimNext() {
    Instant now = clock.instant();
    try {
      return claims.claimNext(instance, now, now.plus(lease));
    } catch (RuntimeException e) {
      LOG.warnf(e, "no due watch could be claimed; the next tick tries again");
      return Optional.empty();
    }
  }

  private Optional<Outcome> checkClaimed(WatchClaims.Claim claim) {
    try {
      return checker.check(claim).map(CheckOutcome::outcome);
    } catch (RuntimeException e) {
      // Not even a failure could be recorded (the database?): the claim expires, it is retried.
      LOG.warnf(e, "check of watch %d failed unexpectedly", claim.watchId());
      return Optional.of(Outcome.FAILED);
    }
  }

  private static Map<Outcome, Integer> inParallel(
      int workers, Callable<Map<Outcome, Integer>> worker) {
    Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
    ExecutorService pool = Executors.newFixedThreadPool(workers);
    try {
      List<Future<Map<Outcome, Integer>>> results =
          IntStream.range(0, workers).mapToObj(i -> pool.submit(worker)).toList();
      for (Future<Map<Outcome, Integer>> result : results) {
        result.get().forEach((outcome, n) -> counts.merge(outcome, n, Integer::sum));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException e) {
      throw new IllegalStateException("the workers never throw", e);
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

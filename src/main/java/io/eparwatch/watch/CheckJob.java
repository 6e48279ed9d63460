package io.eparwatch.watch;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * The one scheduled tick: it checks the watches that are due. It runs on every instance (the simple
 * in-memory scheduler, not the clustered Quartz store): the claims of due watches decide which
 * instance checks which watch.
 */
@ApplicationScoped
public class CheckJob {

  private static final Logger LOG = Logger.getLogger(CheckJob.class);

  private final BatchChecker batch;

  public CheckJob(BatchChecker batch) {
    this.batch = batch;
  }

  @Scheduled(
      identity = "check-due-watches",
      every = "{eparwatch.schedule.tick}",
      executeWith = Scheduled.SIMPLE,
      concurrentExecution = ConcurrentExecution.SKIP)
  void checkDueWatches() {
    Map<Outcome, Integer> counts = batch.checkDue();
    if (!counts.isEmpty()) {
      LOG.infof("scheduled checks: %s", counts);
    }
  }
}

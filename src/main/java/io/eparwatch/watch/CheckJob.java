package io.eparwatch.watch;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * The one scheduled tick: it checks the watches that are due. With the Quartz JDBC store on
 * PostgreSQL, a tick runs on one instance of the cluster at a time.
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
      concurrentExecution = ConcurrentExecution.SKIP)
  void checkDueWatches() {
    Map<Outcome, Integer> counts = batch.checkDue();
    if (!counts.isEmpty()) {
      LOG.infof("scheduled checks: %s", counts);
    }
  }
}

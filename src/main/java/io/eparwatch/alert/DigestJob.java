package io.eparwatch.alert;

import io.eparwatch.alert.Subscription.Mode;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Writes the due digests at every scheduler tick ({@code eparwatch.schedule.tick}, off in tests): a
 * digest is due once its subscription's last one is older than the last scheduled moment.
 */
@ApplicationScoped
class DigestJob {

  private final Digests digests;

  DigestJob(Digests digests) {
    this.digests = digests;
  }

  @Scheduled(
      identity = "write-due-digests",
      every = "{eparwatch.schedule.tick}",
      concurrentExecution = ConcurrentExecution.SKIP)
  void writeDue() {
    digests.runDue(Mode.DAILY);
    digests.runDue(Mode.WEEKLY);
  }
}

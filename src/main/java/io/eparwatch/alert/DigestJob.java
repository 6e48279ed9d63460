package io.eparwatch.alert;

import io.eparwatch.alert.Subscription.Mode;
import io.quarkus.quartz.Nonconcurrent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Writes the due digests at every scheduler tick ({@code eparwatch.schedule.tick}, off in tests): a
 * digest is due once its subscription's last one is older than the last scheduled moment. A Quartz
 * job that never runs concurrently in the cluster ({@code @Nonconcurrent}).
 */
@ApplicationScoped
class DigestJob {

  private final Digests digests;

  DigestJob(Digests digests) {
    this.digests = digests;
  }

  @Nonconcurrent
  @Scheduled(identity = "write-due-digests", every = "{eparwatch.schedule.tick}")
  void writeDue() {
    digests.runDue(Mode.DAILY);
    digests.runDue(Mode.WEEKLY);
  }
}

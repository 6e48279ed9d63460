package io.eparwatch.export;

import io.quarkus.quartz.Nonconcurrent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Ingests the exports on schedule (by default 07:30 and 19:30 Amsterdam time). Both jobs are Quartz
 * jobs that never run concurrently in the cluster ({@code @Nonconcurrent}), and each ingestion is
 * claimed in the database as well ({@link IngestionClaim}).
 */
@ApplicationScoped
public class ExportJob {

  private final ExportIngester ingester;
  private final IngestionClaim claim;

  public ExportJob(ExportIngester ingester, IngestionClaim claim) {
    this.ingester = ingester;
    this.claim = claim;
  }

  @Nonconcurrent
  @Scheduled(
      identity = "ingest-ema-exports",
      cron = "{eparwatch.exports.cron}",
      timeZone = "{eparwatch.exports.time-zone}")
  void ingestExports() {
    claim.run(ingester::ingest);
  }

  /** A run postponed by EMA's pause is taken up at the first tick after the pause. */
  @Nonconcurrent
  @Scheduled(identity = "resume-postponed-exports", every = "{eparwatch.schedule.tick}")
  void resumePostponedExports() {
    claim.run(ingester::resumePostponed);
  }
}

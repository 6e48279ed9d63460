package io.eparwatch.export;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import jakarta.enterprise.context.ApplicationScoped;

/** Ingests the exports on schedule (by default 07:30 and 19:30 Amsterdam time). */
@ApplicationScoped
public class ExportJob {

  private final ExportIngester ingester;

  public ExportJob(ExportIngester ingester) {
    this.ingester = ingester;
  }

  @Scheduled(
      identity = "ingest-ema-exports",
      cron = "{eparwatch.exports.cron}",
      timeZone = "{eparwatch.exports.time-zone}",
      concurrentExecution = ConcurrentExecution.SKIP)
  void ingestExports() {
    ingester.ingest();
  }

  /** A run postponed by EMA's pause is taken up at the first tick after the pause. */
  @Scheduled(
      identity = "resume-postponed-exports",
      every = "{eparwatch.schedule.tick}",
      concurrentExecution = ConcurrentExecution.SKIP)
  void resumePostponedExports() {
    ingester.resumePostponed();
  }
}

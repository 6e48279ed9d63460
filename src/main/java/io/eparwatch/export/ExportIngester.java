package io.eparwatch.export;

import io.eparwatch.catalogue.Medicine;
import io.eparwatch.config.EparWatchConfig;
import io.eparwatch.ops.FailureText;
import io.eparwatch.source.DownloadResult;
import io.eparwatch.source.ExportDownloader;
import io.eparwatch.source.StoredEmaPauses;
import io.eparwatch.source.Validators;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.jboss.logging.Logger;

/**
 * Ingests EMA's two exports: download (conditional GET, to a temporary file), read as a stream,
 * reject whole if suspect, then apply chunk by chunk. Medicines first, so that documents find their
 * products. One ingestion at a time.
 */
@ApplicationScoped
public class ExportIngester {

  private static final Logger LOG = Logger.getLogger(ExportIngester.class);

  private final ExportDownloader downloader;
  private final ExportApplication application;
  private final EparWatchConfig config;
  private final Clock clock;
  private final StoredEmaPauses pauses;
  private final ReentrantLock running = new ReentrantLock();

  public ExportIngester(
      ExportDownloader downloader,
      ExportApplication application,
      EparWatchConfig config,
      Clock clock,
      StoredEmaPauses pauses) {
    this.downloader = downloader;
    this.application = application;
    this.config = config;
    this.clock = clock;
    this.pauses = pauses;
  }

  /** A scheduled ingestion: inside a pause of EMA's, each export's run is postponed. */
  public IngestionReport ingest() {
    return ingest(Duration.ZERO);
  }

  /**
   * An ingestion someone asked for: a pause of EMA's shorter than {@code max-retry-after-wait} is
   * waited out.
   */
  public IngestionReport ingestNow() {
    return ingest(config.fetch().maxRetryAfterWait());
  }

  /**
   * Ingests again when the latest run of an export was postponed by a pause that is over now; empty
   * when there is nothing to resume.
   */
  public Optional<IngestionReport> resumePostponed() {
    boolean postponed =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    Arrays.stream(ExportKind.values())
                        .map(ExportRun::latest)
                        .flatMap(Optional::stream)
                        .anyMatch(run -> run.outcome == ExportRun.Outcome.POSTPONED));
    if (!postponed || pauses.now().isPresent()) {
      return Optional.empty();
    }
    LOG.info("EMA's pause is over: resuming the postponed export ingestion");
    return Optional.of(ingest());
  }

  private IngestionReport ingest(Duration patience) {
    running.lock();
    try {
      IngestionReport.RunReport medicines = run(ExportKind.MEDICINES, patience);
      IngestionReport.RunReport documents = run(ExportKind.DOCUMENTS, patience);
      long catalogue = QuarkusTransaction.requiringNew().call(() -> Medicine.count());
      IngestionReport report = IngestionReport.of(medicines, documents, catalogue);
      LOG.infof(
          "exports: medicines %s, documents %s, %d changes",
          medicines.outcome(), documents.outcome(), report.changes());
      return report;
    } finally {
      running.unlock();
    }
  }

  private IngestionReport.RunReport run(ExportKind kind, Duration patience) {
    Instant now = clock.instant();
    Optional<ExportRun> previous =
        QuarkusTransaction.requiringNew().call(() -> ExportRun.latestIngested(kind));
    ExportRun run;
    try {
      run = attempt(kind, previous, now, patience);
    } catch (RuntimeException e) {
      // Every attempt is recorded, this one too; the next kind of export is still ingested.
      LOG.warnf(e, "%s export: ingestion failed unexpectedly", kind.name().toLowerCase());
      run = ExportRuns.failed(kind, now, "the export could not be ingested: " + FailureText.of(e));
    }
    QuarkusTransaction.requiringNew().run(run::persist);
    return IngestionReport.RunReport.of(run);
  }

  private ExportRun attempt(
      ExportKind kind, Optional<ExportRun> previous, Instant now, Duration patience) {
    Path file = temporaryFile(kind);
    try {
      DownloadResult result =
          downloader.download(urlOf(kind), validators(previous), file, patience);
      if (result instanceof DownloadResult.Postponed postponed) {
        return ExportRuns.postponed(kind, now, postponed.pause());
      }
      if (result instanceof DownloadResult.Failed failed) {
        return ExportRuns.failed(kind, now, failed.error());
      }
      if (result instanceof DownloadResult.NotModified) {
        return application.notModified(kind, previous, now);
      }
      return application.apply(kind, (DownloadResult.Downloaded) result, previous, now);
    } finally {
      deleteQuietly(file);
    }
  }

  private URI urlOf(ExportKind kind) {
    String path =
        kind == ExportKind.MEDICINES
            ? config.exports().medicinesPath()
            : config.exports().documentsPath();
    return config.ema().baseUrl().resolve(path);
  }

  private static Validators validators(Optional<ExportRun> previous) {
    return previous
        .map(run -> new Validators(run.etag, run.lastModified))
        .orElse(Validators.none());
  }

  private static Path temporaryFile(ExportKind kind) {
    try {
      return Files.createTempFile("eparwatch-" + kind.name().toLowerCase() + "-", ".json");
    } catch (IOException e) {
      throw new UncheckedIOException("no temporary file for the export download", e);
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      LOG.warnf("could not delete %s: %s", file, e.getMessage());
    }
  }
}

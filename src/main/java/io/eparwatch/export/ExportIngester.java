package io.eparwatch.export;

import io.eparwatch.catalogue.Medicine;
import io.eparwatch.config.EparWatchConfig;
import io.eparwatch.source.DownloadResult;
import io.eparwatch.source.ExportDownloader;
import io.eparwatch.source.Validators;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
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
  private final ReentrantLock running = new ReentrantLock();

  public ExportIngester(
      ExportDownloader downloader,
      ExportApplication application,
      EparWatchConfig config,
      Clock clock) {
    this.downloader = downloader;
    this.application = application;
    this.config = config;
    this.clock = clock;
  }

  public IngestionReport ingest() {
    running.lock();
    try {
      IngestionReport.RunReport medicines = run(ExportKind.MEDICINES);
      IngestionReport.RunReport documents = run(ExportKind.DOCUMENTS);
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

  private IngestionReport.RunReport run(ExportKind kind) {
    Instant now = clock.instant();
    Optional<ExportRun> previous =
        QuarkusTransaction.requiringNew().call(() -> ExportRun.latestIngested(kind));
    Path file = temporaryFile(kind);
    try {
      DownloadResult result = downloader.download(urlOf(kind), validators(previous), file);
      ExportRun run;
      if (result instanceof DownloadResult.Failed failed) {
        run = ExportRuns.failed(kind, now, failed.error());
      } else if (result instanceof DownloadResult.NotModified) {
        run = ExportRuns.notModified(kind, now, previous.orElse(null));
      } else {
        DownloadResult.Downloaded downloaded = (DownloadResult.Downloaded) result;
        run = application.apply(kind, downloaded, previous, now);
      }
      QuarkusTransaction.requiringNew().run(run::persist);
      return IngestionReport.RunReport.of(run);
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

package io.eparwatch.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** EMA's data exports: where they are, when they are ingested, and what is refused. */
public interface Exports {
  /** Path of EMA's medicines export (JSON), relative to the EMA base URL. */
  @WithDefault("/en/documents/report/medicines-output-medicines_json-report_en.json")
  String medicinesPath();

  /** Path of EMA's EPAR documents export (JSON), relative to the EMA base URL. */
  @WithDefault("/en/documents/report/documents-output-epar_documents_json-report_en.json")
  String documentsPath();

  /** When the exports are ingested (Quartz cron; EMA refreshes them about twice a day). */
  @WithDefault("0 30 7,19 * * ?")
  String cron();

  /** Time zone of {@code cron}. */
  @WithDefault("Europe/Amsterdam")
  String timeZone();

  /** A larger download is refused (the documents export is about 30 MB). */
  @WithDefault("200M")
  MemorySize maxDownloadSize();

  /** Longest time one export download may take. */
  @WithDefault("5m")
  Duration downloadTimeout();

  /** An export whose own timestamp is older than this is reported stale by readiness health. */
  @WithDefault("36h")
  Duration staleAfter();

  /** A download with fewer records than this share of the previous one is rejected whole. */
  @WithDefault("0.5")
  double minRecordShare();

  /**
   * EMA renamed or reformatted a key when it is missing, or holds a value in no known form (a date
   * as {@code dd.mm.yyyy}), in more than this share of a download's records: the download is
   * rejected whole, naming the key. In fewer records, those fields keep their previous values (a
   * product's documents are kept whole) and the records are counted as {@code kept}.
   */
  @WithDefault("0.05")
  double maxDriftShare();
}

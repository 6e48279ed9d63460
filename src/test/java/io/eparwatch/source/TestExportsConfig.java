package io.eparwatch.source;

import io.eparwatch.config.Exports;
import io.quarkus.runtime.configuration.MemorySize;
import java.math.BigInteger;
import java.time.Duration;

/** Export settings for tests: production defaults, the download bounds changeable. */
final class TestExportsConfig implements Exports {

  long maxDownloadBytes = 200L * 1024 * 1024;
  Duration downloadTimeout = Duration.ofMinutes(5);

  @Override
  public String medicinesPath() {
    return "/en/documents/report/medicines-output-medicines_json-report_en.json";
  }

  @Override
  public String documentsPath() {
    return "/en/documents/report/documents-output-epar_documents_json-report_en.json";
  }

  @Override
  public String cron() {
    return "0 30 7,19 * * ?";
  }

  @Override
  public String timeZone() {
    return "Europe/Amsterdam";
  }

  @Override
  public MemorySize maxDownloadSize() {
    return new MemorySize(BigInteger.valueOf(maxDownloadBytes));
  }

  @Override
  public Duration downloadTimeout() {
    return downloadTimeout;
  }

  @Override
  public Duration staleAfter() {
    return Duration.ofHours(36);
  }

  @Override
  public double minRecordShare() {
    return 0.5;
  }

  @Override
  public double maxDriftShare() {
    return 0.05;
  }
}

package io.eparwatch.export;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.eparwatch.config.EparWatchConfig;
import io.eparwatch.source.EmaPause;
import io.eparwatch.source.StoredEmaPauses;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** How current each export is: its last run, and the timestamp of the export last ingested. */
// Created at start-up: the time an export has been missing counts from then.
@Startup
@ApplicationScoped
public class ExportStatus {

  private final Freshness freshness;
  private final StoredEmaPauses pauses;

  public ExportStatus(Clock clock, EparWatchConfig config, StoredEmaPauses pauses) {
    this.freshness = new Freshness(clock, config.exports().staleAfter());
    this.pauses = pauses;
  }

  /**
   * One export's state. {@code stale}: what we hold is older than allowed, or nothing has been
   * ingested since the service started longer ago than allowed. {@code emaPause}: EMA's pause
   * (Retry-After) holding every request back now; null when none. {@code health}: readiness' words.
   */
  public record State(
      ExportKind kind,
      Instant lastRunAt,
      ExportRun.Outcome lastOutcome,
      String lastError,
      Instant fetchedAt,
      Instant timestamp,
      Integer records,
      boolean stale,
      EmaPause emaPause,
      @JsonIgnore String health) {}

  public List<State> states() {
    EmaPause pause = pauses.now().orElse(null);
    return QuarkusTransaction.requiringNew()
        .call(() -> Arrays.stream(ExportKind.values()).map(kind -> state(kind, pause)).toList());
  }

  private State state(ExportKind kind, EmaPause pause) {
    ExportRun last = ExportRun.latest(kind).orElse(null);
    ExportRun ingested = ExportRun.latestIngested(kind).orElse(null);
    Instant timestamp = ingested == null ? null : ingested.exportTimestamp;
    return new State(
        kind,
        last == null ? null : last.fetchedAt,
        last == null ? null : last.outcome,
        last == null ? null : last.error,
        ingested == null ? null : ingested.fetchedAt,
        timestamp,
        ingested == null ? null : ingested.records,
        freshness.of(timestamp).down(),
        pause,
        freshness.describe(timestamp));
  }
}

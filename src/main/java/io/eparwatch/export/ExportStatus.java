package io.eparwatch.export;

import io.eparwatch.config.EparWatchConfig;
import io.eparwatch.source.EmaPause;
import io.eparwatch.source.StoredEmaPauses;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** How current each export is: its last run, and the timestamp of the export last ingested. */
@ApplicationScoped
public class ExportStatus {

  private final Clock clock;
  private final Duration staleAfter;
  private final StoredEmaPauses pauses;

  public ExportStatus(Clock clock, EparWatchConfig config, StoredEmaPauses pauses) {
    this.clock = clock;
    this.pauses = pauses;
    this.staleAfter = config.exports().staleAfter();
  }

  /**
   * One export's state. {@code stale}: what we hold is older than allowed (or nothing after long).
   * {@code emaPause}: EMA's pause (Retry-After) holding every request back now; null when none.
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
      EmaPause emaPause) {}

  public List<State> states() {
    EmaPause pause = pauses.now().orElse(null);
    return QuarkusTransaction.requiringNew()
        .call(() -> Arrays.stream(ExportKind.values()).map(kind -> state(kind, pause)).toList());
  }

  private State state(ExportKind kind, EmaPause pause) {
    ExportRun last = ExportRun.latest(kind).orElse(null);
    ExportRun ingested = ExportRun.latestIngested(kind).orElse(null);
    Instant timestamp = ingested == null ? null : ingested.exportTimestamp;
    boolean stale = timestamp != null && timestamp.isBefore(clock.instant().minus(staleAfter));
    return new State(
        kind,
        last == null ? null : last.fetchedAt,
        last == null ? null : last.outcome,
        last == null ? null : last.error,
        ingested == null ? null : ingested.fetchedAt,
        timestamp,
        ingested == null ? null : ingested.records,
        stale,
        pause);
  }
}

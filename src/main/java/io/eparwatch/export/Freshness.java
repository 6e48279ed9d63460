package io.eparwatch.export;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Whether the export we hold is current enough to trust, given {@code
 * eparwatch.exports.stale-after}. An export never ingested is not stale at first, but once the
 * service has run for longer than {@code stale-after} without one, something keeps it from ever
 * arriving.
 */
final class Freshness {

  /** One export's state for readiness. */
  enum State {
    CURRENT,
    STALE,
    NOT_INGESTED_YET,
    NEVER_INGESTED;

    boolean down() {
      return this == STALE || this == NEVER_INGESTED;
    }
  }

  private final Clock clock;
  private final Duration staleAfter;
  private final Instant startedAt;

  Freshness(Clock clock, Duration staleAfter) {
    this.clock = clock;
    this.staleAfter = staleAfter;
    this.startedAt = clock.instant();
  }

  /** {@code timestamp}: the export's own timestamp of the one last ingested; null if none. */
  State of(Instant timestamp) {
    Instant limit = clock.instant().minus(staleAfter);
    if (timestamp == null) {
      return startedAt.isBefore(limit) ? State.NEVER_INGESTED : State.NOT_INGESTED_YET;
    }
    return timestamp.isBefore(limit) ? State.STALE : State.CURRENT;
  }

  /** The readiness check's words for one export. */
  String describe(Instant timestamp) {
    return switch (of(timestamp)) {
      case CURRENT -> "export of " + timestamp;
      case STALE -> "STALE, export of " + timestamp;
      case NOT_INGESTED_YET -> "not ingested yet";
      case NEVER_INGESTED ->
          "DOWN, never ingested since the service started at "
              + startedAt
              + ", more than "
              + staleAfter
              + " ago";
    };
  }
}

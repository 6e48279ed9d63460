package io.eparwatch.source;

import java.time.Duration;
import java.time.Instant;

/**
 * The turns of one instance kept in memory, for unit tests of the fetcher without a database (the
 * stored ones are tested across two instances in {@code PolitenessAcrossInstancesIT}). The
 * throttle's own queue lets only as many callers as may send ask here, so only the gap decides.
 */
final class MemoryEmaTurns implements EmaTurns {

  private final Duration minGap;
  private Instant lastEnd;

  MemoryEmaTurns(Duration minGap) {
    this.minGap = minGap;
  }

  @Override
  public synchronized Attempt take(Instant now, Duration hold) {
    Instant earliest = lastEnd == null ? now : lastEnd.plus(minGap);
    return earliest.isAfter(now) ? new NotBefore(earliest) : new Taken(0);
  }

  @Override
  public synchronized void release(Taken turn, Instant end) {
    if (lastEnd == null || end.isAfter(lastEnd)) {
      lastEnd = end;
    }
  }

  @Override
  public void giveBack(Taken turn) {}
}

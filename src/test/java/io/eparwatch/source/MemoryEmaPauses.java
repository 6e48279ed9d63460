package io.eparwatch.source;

import java.time.Instant;
import java.util.Optional;

/**
 * The pause kept in memory, for unit tests of the fetcher without a database (the stored one is
 * tested end to end, restart included, in {@code EmaPauseIT}).
 */
final class MemoryEmaPauses implements EmaPauses {

  private EmaPause pause;

  @Override
  public synchronized Optional<EmaPause> at(Instant now) {
    return Optional.ofNullable(pause).filter(p -> p.until().isAfter(now));
  }

  @Override
  public synchronized void extend(EmaPause longer) {
    if (pause == null || longer.until().isAfter(pause.until())) {
      pause = longer;
    }
  }
}

package io.eparwatch.source;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * The politeness budget towards EMA, one for the whole cluster when stored (see {@link
 * StoredBudget}): the pause EMA asked for, the turns to send (gap and requests in flight) and
 * robots.txt; {@code waits} is told of every wait they impose (the metric).
 */
public record EmaBudget(
    EmaPauses pauses, EmaTurns turns, RobotsStore robots, Consumer<Duration> waits) {

  void waited(Duration wait) {
    if (!wait.isNegative() && !wait.isZero()) {
      waits.accept(wait);
    }
  }
}

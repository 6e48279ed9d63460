package io.eparwatch.source;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records every wait and moves the test clock forward instead of sleeping. */
final class RecordingSleeper implements Sleeper {

  private final TestClock clock;
  private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

  RecordingSleeper(TestClock clock) {
    this.clock = clock;
  }

  @Override
  public void sleep(Duration duration) {
    sleeps.add(duration);
    clock.advance(duration);
  }

  List<Duration> sleeps() {
    return List.copyOf(sleeps);
  }
}

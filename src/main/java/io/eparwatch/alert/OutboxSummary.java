package io.eparwatch.alert;

import io.eparwatch.alert.Delivery.State;
import java.util.List;

/** What one pass of the {@link OutboxWorker} did. */
public record OutboxSummary(int sent, int failed, int dead) {
  static OutboxSummary of(List<State> outcomes) {
    int sent = (int) outcomes.stream().filter(State.SENT::equals).count();
    int dead = (int) outcomes.stream().filter(State.DEAD::equals).count();
    return new OutboxSummary(sent, outcomes.size() - sent - dead, dead);
  }

  boolean isEmpty() {
    return sent + failed + dead == 0;
  }
}

package io.eparwatch.watch;

import io.eparwatch.change.ChangeEvent;
import java.util.List;

/**
 * The result of one check, as a value: what happened, the version involved, the changes published.
 */
public record CheckOutcome(
    Outcome outcome, Long snapshotId, List<ChangeEvent> changes, String message) {

  public CheckOutcome {
    changes = changes == null ? List.of() : List.copyOf(changes);
  }

  static CheckOutcome failed(String error) {
    return new CheckOutcome(Outcome.FAILED, null, List.of(), error);
  }
}

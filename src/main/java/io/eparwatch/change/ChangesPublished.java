package io.eparwatch.change;

import java.util.List;

/**
 * Fired synchronously by {@link ChangeLog} inside the transaction that stores new events (never for
 * a change merged into an event another source already published), so that an observer's writes
 * (e.g. outbox deliveries) commit or roll back together with the events they are about. The events
 * are of one product and were detected together: one batch.
 */
public record ChangesPublished(List<ChangeEvent> events) {

  public ChangesPublished {
    events = List.copyOf(events);
  }
}

package io.eparwatch.change;

import java.util.List;

/**
 * What recording did. {@code versionId}: the version stored, or the unchanged latest one; {@code
 * baseline}: a new version that was not compared with anything.
 */
public record Recorded(Long versionId, boolean stored, boolean baseline, List<ChangeEvent> events) {

  public Recorded {
    events = List.copyOf(events);
  }

  /** Nothing stored and nothing published; {@code versionId}: the latest version, if any. */
  static Recorded nothingNew(Long versionId) {
    return new Recorded(versionId, false, false, List.of());
  }
}

package io.eparwatch.snapshot;

import java.util.Locale;

/** Where a version was observed: on the EPAR page itself, or in EMA's data exports. */
public enum Source {
  PAGE,
  EXPORT;

  /** The lower-case name used in JSON and in the events' {@code sources}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}

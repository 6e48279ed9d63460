package io.eparwatch.change;

/** Where a change was seen: on the EPAR page itself, or in EMA's data exports. */
public enum ChangeSource {
  PAGE,
  EXPORT;

  String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}

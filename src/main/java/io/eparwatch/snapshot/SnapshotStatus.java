package io.eparwatch.snapshot;

/** Whether a stored version can be trusted as the page's content. */
public enum SnapshotStatus {
  GOOD,
  /** Not an EPAR page, truncated, or lost too many documents at once: never diffed. */
  SUSPECT
}

package io.eparwatch.watch;

/** What one check of a watch found. */
public enum Outcome {
  /** First good version of the page: stored, no events. */
  BASELINE,
  /** A new version was stored and diffed against the previous good one. */
  CHANGED,
  /** The page was fetched and is the same as the latest good version. */
  UNCHANGED,
  /** EMA answered 304: the page has not changed since the last fetch. */
  NOT_MODIFIED,
  /** The body is not a trustworthy EPAR page; kept for inspection, no events. */
  SUSPECT,
  /** The page could not be fetched; the watch records the error and backs off. */
  FAILED,
  /**
   * Not checked: EMA asked for a pause (Retry-After), and the check is due again when it ends. Not
   * an error: no error counted, no back-off.
   */
  POSTPONED
}

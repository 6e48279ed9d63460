package io.eparwatch.watch;

/**
 * The log line's account of one check, in words that agree with its outcome: an unchanged page can
 * still publish earlier removals it confirms, and a new version can publish nothing when its only
 * changes are removals held until the next check agrees.
 */
final class CheckSummary {

  private CheckSummary() {}

  static String of(CheckOutcome outcome) {
    int published = outcome.changes().size();
    String name = outcome.outcome().name();
    if (outcome.message() != null) {
      return name + ": " + outcome.message();
    }
    return switch (outcome.outcome()) {
      case CHANGED ->
          published == 0
              ? name + ", new version stored, nothing published yet (removals wait to be confirmed)"
              : name + ", " + count(published, "change") + " published";
      case UNCHANGED, NOT_MODIFIED ->
          published == 0
              ? name
              : name + ", " + count(published, "earlier removal") + " confirmed and published";
      default -> published == 0 ? name : name + ", " + count(published, "change") + " published";
    };
  }

  private static String count(int n, String what) {
    return n + " " + what + (n == 1 ? "" : "s");
  }
}

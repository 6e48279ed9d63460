package io.eparwatch.web;

import io.eparwatch.watch.Outcome;

/**
 * The sentence shown after an action (post, redirect, get): the redirect names a fixed notice and
 * the watch, never the text itself, so nobody can make the page say something else.
 */
final class Notices {

  private static final String CHECKED = "checked-";

  private Notices() {}

  static String of(String notice, String slug) {
    if (notice == null) {
      return null;
    }
    String who = slug == null ? "" : slug;
    if (notice.startsWith(CHECKED)) {
      try {
        Outcome outcome = Outcome.valueOf(notice.substring(CHECKED.length()));
        return "Checked " + who + ": " + WebFormat.words(outcome) + ".";
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
    return switch (notice) {
      case "added" -> "Now watching " + who + "; check it to take its first version.";
      case "already" -> "Already watched as " + who + ".";
      case "removed" -> "No longer watching " + who + ".";
      case "check-all" -> "Checking every watch; reload to see the progress.";
      case "check-all-running" -> "A check of every watch is already running.";
      default -> null;
    };
  }
}

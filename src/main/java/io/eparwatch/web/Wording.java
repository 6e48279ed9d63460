package io.eparwatch.web;

import io.eparwatch.change.ChangeEvent;
import java.util.Locale;

/** What changed, in words, until the feeds' wording is shared. */
final class Wording {

  private Wording() {}

  static String what(ChangeEvent e) {
    String kind = e.type.name().replace('_', ' ').toLowerCase(Locale.ROOT);
    StringBuilder words =
        new StringBuilder(Character.toUpperCase(kind.charAt(0)) + kind.substring(1));
    if (e.field != null) {
      words.append(": ").append(e.field);
    }
    if (e.language != null) {
      words.append(" (").append(e.language).append(')');
    }
    if (e.documentTitle != null) {
      words.append(" — ").append(e.documentTitle);
    }
    return words.toString();
  }
}

package io.eparwatch.export;

import io.eparwatch.epar.EmaDates;
import io.eparwatch.epar.EmaText;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.StringJoiner;

/**
 * Clean values from EMA's JSON exports, where every value is a string with HTML entities left in,
 * stray spaces, {@code ""} for absent, and dates in two forms.
 */
public final class ExportValues {

  private ExportValues() {}

  /** Entities decoded, whitespace collapsed and trimmed; null when nothing is left. */
  public static String text(String raw) {
    return EmaText.clean(raw);
  }

  /** A {@code ;}-separated list as {@code "a; b"}, blank items dropped; null when empty. */
  public static String list(String raw) {
    // Decode first: the ';' of an entity is not a separator.
    String decoded = EmaText.decodeEntities(raw);
    if (decoded == null) {
      return null;
    }
    StringJoiner items = new StringJoiner("; ");
    for (String item : decoded.split(";")) {
      String clean = EmaText.collapseWhitespace(item);
      if (!clean.isEmpty()) {
        items.add(clean);
      }
    }
    return items.length() == 0 ? null : items.toString();
  }

  /** Whether a Yes/No flag says Yes. */
  public static boolean isYes(String raw) {
    return "yes".equalsIgnoreCase(text(raw));
  }

  /**
   * {@code dd/mm/yyyy}, {@code yyyy-mm-dd} or an ISO 8601 date-time; an instant becomes its
   * calendar date in Amsterdam. Null when blank or not a date.
   */
  public static LocalDate date(String raw) {
    return EmaDates.date(raw);
  }

  /** A non-negative whole number such as {@code "21"}; null otherwise. */
  public static Integer wholeNumber(String raw) {
    String value = text(raw);
    if (value == null || !value.chars().allMatch(Character::isDigit) || value.length() > 9) {
      return null;
    }
    return Integer.valueOf(value);
  }

  /** An ISO 8601 instant such as {@code 2026-09-26T06:02:29Z}; null when blank or not one. */
  public static Instant instant(String raw) {
    String value = text(raw);
    try {
      return value == null ? null : OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeException e) {
      return null;
    }
  }
}

package io.eparwatch.export;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * Clean values from EMA's JSON exports, where every value is a string with HTML entities left in,
 * stray spaces, {@code ""} for absent, and dates in two forms.
 */
public final class ExportValues {

  /** EMA shows dates as the calendar date in Amsterdam. */
  public static final ZoneId EMA_ZONE = ZoneId.of("Europe/Amsterdam");

  private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private ExportValues() {}

  /** Entities decoded, whitespace collapsed and trimmed; null when nothing is left. */
  public static String text(String raw) {
    if (raw == null) {
      return null;
    }
    String collapsed = collapseWhitespace(decodeEntities(raw));
    return collapsed.isEmpty() ? null : collapsed;
  }

  /**
   * Named ({@code &nbsp;}, also without its {@code ;}) and numeric entities decoded; a bare {@code
   * &} stays. A value escaped twice ({@code &amp;nbsp;}) is decoded twice.
   */
  public static String decodeEntities(String raw) {
    if (raw == null || raw.indexOf('&') < 0) {
      return raw;
    }
    String once = Parser.unescapeEntities(raw, false);
    boolean escapedTwice = !once.equals(raw) && once.indexOf('&') >= 0;
    return escapedTwice ? Parser.unescapeEntities(once, false) : once;
  }

  /** Runs of whitespace (no-break spaces included) become one space; the ends are trimmed. */
  public static String collapseWhitespace(String raw) {
    StringBuilder out = new StringBuilder(raw.length());
    boolean pendingSpace = false;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (isSpace(c)) {
        pendingSpace = out.length() > 0;
        continue;
      }
      if (pendingSpace) {
        out.append(' ');
        pendingSpace = false;
      }
      out.append(c);
    }
    return out.toString();
  }

  /** A {@code ;}-separated list as {@code "a; b"}, blank items dropped; null when empty. */
  public static String list(String raw) {
    // Decode first: the ';' of an entity is not a separator.
    String decoded = decodeEntities(raw);
    if (decoded == null) {
      return null;
    }
    StringJoiner items = new StringJoiner("; ");
    for (String item : decoded.split(";")) {
      String clean = collapseWhitespace(item);
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
    String value = text(raw);
    if (value == null) {
      return null;
    }
    try {
      Matcher dayMonthYear = DAY_MONTH_YEAR.matcher(value);
      if (dayMonthYear.matches()) {
        return LocalDate.of(
            number(dayMonthYear, 3), number(dayMonthYear, 2), number(dayMonthYear, 1));
      }
      return ISO_DATE.matcher(value).matches() ? LocalDate.parse(value) : dateTimeDate(value);
    } catch (DateTimeException e) {
      return null;
    }
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

  private static LocalDate dateTimeDate(String value) {
    TemporalAccessor parsed =
        DateTimeFormatter.ISO_DATE_TIME.parseBest(value, OffsetDateTime::from, LocalDateTime::from);
    if (parsed instanceof OffsetDateTime) {
      return ((OffsetDateTime) parsed).atZoneSameInstant(EMA_ZONE).toLocalDate();
    }
    return ((LocalDateTime) parsed).toLocalDate();
  }

  private static int number(Matcher matcher, int group) {
    return Integer.parseInt(matcher.group(group));
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }
}

package io.eparwatch.epar;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * EMA's text rules, the one copy for pages, exports and the differ: whitespace (no-break spaces
 * included), HTML entities, and dates ({@code dd/mm/yyyy}, ISO dates and instants, which EMA shows
 * as the calendar date in Amsterdam). Cross-source deduplication relies on every source cleaning a
 * value the same way, so nothing else may.
 */
public final class EmaText {

  /** EMA shows dates as the calendar date in Amsterdam. */
  public static final ZoneId EMA_ZONE = ZoneId.of("Europe/Amsterdam");

  private static final String SEPARATORS = " \t\n\r\u00a0:-–";
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile("(?<!\\d)(\\d{1,2})/(\\d{1,2})/(\\d{4})(?!\\d)");
  private static final Pattern ISO_DATE_PREFIX = Pattern.compile("^\\s*(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private EmaText() {}

  // ---- whitespace and entities

  /** Runs of whitespace (no-break spaces included) become one space, ends trimmed; blank → null. */
  public static String normalize(String text) {
    if (text == null) {
      return null;
    }
    if (isNormal(text)) {
      return text.isEmpty() ? null : text;
    }
    String collapsed = collapseWhitespace(text);
    return collapsed.isEmpty() ? null : collapsed;
  }

  /** Entities decoded, whitespace collapsed and trimmed; null when nothing is left. */
  public static String clean(String raw) {
    return normalize(decodeEntities(raw));
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

  /** Runs of whitespace become one space; the ends are trimmed ({@code ""} when blank). */
  public static String collapseWhitespace(String raw) {
    int start = 0;
    while (start < raw.length() && isSpace(raw.charAt(start))) {
      start++;
    }
    if (start == raw.length()) {
      return ""; // blank, as most text nodes between tags are: nothing to copy
    }
    StringBuilder out = new StringBuilder(raw.length() - start);
    boolean pendingSpace = false;
    for (int i = start; i < raw.length(); i++) {
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

  /**
   * Whether two values differ only in whitespace, including whitespace present on one side only
   * ("a,b" and "a, b"): parsers join inline markup with or without spaces depending on layout.
   */
  public static boolean sameIgnoringWhitespace(String a, String b) {
    if (a == null || b == null) {
      return a == b;
    }
    if (a.equals(b)) {
      return true;
    }
    int i = 0;
    int j = 0;
    while (true) {
      while (i < a.length() && isSpace(a.charAt(i))) {
        i++;
      }
      while (j < b.length() && isSpace(b.charAt(j))) {
        j++;
      }
      if (i == a.length() || j == b.length()) {
        return i == a.length() && j == b.length();
      }
      if (a.charAt(i++) != b.charAt(j++)) {
        return false;
      }
    }
  }

  /** The text after the first occurrence of the label, without separators such as ':'. */
  public static String after(String text, String label) {
    int at = text.toLowerCase(Locale.ROOT).indexOf(label.toLowerCase(Locale.ROOT));
    if (at < 0) {
      return null;
    }
    int start = at + label.length();
    while (start < text.length() && SEPARATORS.indexOf(text.charAt(start)) >= 0) {
      start++;
    }
    return normalize(text.substring(start));
  }

  /** Java's whitespace plus the Unicode space separators (U+00A0, U+202F, …). */
  public static boolean isSpace(char c) {
    if (c < '\u0080') {
      // The ASCII ones without Character's tables: asked of every character of a page's texts.
      return c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\u001c' && c <= '\u001f');
    }
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /** The index of the text's first character that is no space ({@link #isSpace}); -1 if none. */
  static int firstNonSpace(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (!isSpace(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  /** Already single-spaced and trimmed, as jsoup's {@code text()} usually returns it. */
  private static boolean isNormal(String text) {
    int last = text.length() - 1;
    if (last >= 0 && (text.charAt(0) == ' ' || text.charAt(last) == ' ')) {
      return false;
    }
    for (int i = 0; i <= last; i++) {
      char c = text.charAt(i);
      if (c == ' '
          ? i > 0 && text.charAt(i - 1) == ' '
          : c < '!' || (c >= '\u0080' && isSpace(c))) {
        return false;
      }
    }
    return true;
  }

  // ---- dates

  /** The first {@code dd/mm/yyyy} date in the text, or null. */
  public static LocalDate firstDate(String text) {
    if (text == null) {
      return null;
    }
    Matcher m = DAY_MONTH_YEAR.matcher(text);
    return m.find() ? date(m.group(3), m.group(2), m.group(1)) : null;
  }

  /**
   * A whole value that is a date: {@code dd/mm/yyyy}, {@code yyyy-mm-dd} or an ISO 8601 date-time
   * (an instant becomes its calendar date in Amsterdam, a local one is taken as written). Entities
   * and whitespace are cleaned first; null when blank or not a date.
   */
  public static LocalDate date(String raw) {
    String value = clean(raw);
    if (value == null) {
      return null;
    }
    try {
      Matcher dayMonthYear = DAY_MONTH_YEAR.matcher(value);
      if (dayMonthYear.matches()) {
        return date(dayMonthYear.group(3), dayMonthYear.group(2), dayMonthYear.group(1));
      }
      return ISO_DATE.matcher(value).matches() ? LocalDate.parse(value) : dateTimeDate(value);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /**
   * The calendar date written in a {@code datetime} attribute or meta value: an instant's date in
   * Amsterdam (as in EMA's data exports), else the leading {@code yyyy-mm-dd}.
   */
  public static LocalDate datetimeAttribute(String attribute) {
    if (attribute == null) {
      return null;
    }
    LocalDate utc = utcInstantDate(attribute);
    if (utc != null) {
      return utc;
    }
    if (attribute.length() > 10) {
      try {
        return OffsetDateTime.parse(attribute.trim()).atZoneSameInstant(EMA_ZONE).toLocalDate();
      } catch (DateTimeParseException notAnInstant) {
        // fall back to the date part below
      }
    }
    Matcher m = ISO_DATE_PREFIX.matcher(attribute);
    return m.find() ? date(m.group(1), m.group(2), m.group(3)) : null;
  }

  /**
   * {@code yyyy-mm-ddThh:mm:ssZ}, the form EMA's pages use, read without the general ISO parser
   * (which costs a page check more than the rest of a document entry); null for any other form or
   * an invalid value, which the general path then reads or rejects as before.
   */
  private static LocalDate utcInstantDate(String value) {
    if (value.length() != 20
        || value.charAt(4) != '-'
        || value.charAt(7) != '-'
        || value.charAt(10) != 'T'
        || value.charAt(13) != ':'
        || value.charAt(16) != ':'
        || value.charAt(19) != 'Z') {
      return null;
    }
    int[] parts = new int[6];
    for (int p = 0, i = 0; p < parts.length; p++) {
      int end = p == 0 ? 4 : i + 2;
      for (; i < end; i++) {
        char c = value.charAt(i);
        if (c < '0' || c > '9') {
          return null;
        }
        parts[p] = parts[p] * 10 + (c - '0');
      }
      i++;
    }
    try {
      return LocalDateTime.of(parts[0], parts[1], parts[2], parts[3], parts[4], parts[5])
          .atOffset(ZoneOffset.UTC)
          .atZoneSameInstant(EMA_ZONE)
          .toLocalDate();
    } catch (DateTimeException invalid) {
      return null;
    }
  }

  private static LocalDate dateTimeDate(String value) {
    TemporalAccessor parsed =
        DateTimeFormatter.ISO_DATE_TIME.parseBest(value, OffsetDateTime::from, LocalDateTime::from);
    if (parsed instanceof OffsetDateTime offset) {
      return offset.atZoneSameInstant(EMA_ZONE).toLocalDate();
    }
    return ((LocalDateTime) parsed).toLocalDate();
  }

  private static LocalDate date(String year, String month, String day) {
    try {
      return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
    } catch (DateTimeException e) {
      return null;
    }
  }
}

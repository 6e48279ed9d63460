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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * EMA's date rules, the one copy for pages, exports and the differ ({@link EmaText} has its text
 * rules): {@code dd/mm/yyyy}, ISO dates, and instants, which EMA shows as the calendar date in
 * Amsterdam.
 */
public final class EmaDates {

  /** EMA shows dates as the calendar date in Amsterdam. */
  public static final ZoneId EMA_ZONE = ZoneId.of("Europe/Amsterdam");

  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile("(?<!\\d)(\\d{1,2})/(\\d{1,2})/(\\d{4})(?!\\d)");
  private static final Pattern ISO_DATE_PREFIX = Pattern.compile("^\\s*(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private EmaDates() {}

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
    String value = EmaText.clean(raw);
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

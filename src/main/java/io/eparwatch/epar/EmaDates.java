package io.eparwatch.epar;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Dates as EMA pages show them: {@code dd/mm/yyyy} text or {@code <time datetime="yyyy-mm-dd...">}.
 */
final class EmaDates {

  private static final ZoneId EMA_ZONE = ZoneId.of("Europe/Amsterdam");

  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile("(?<!\\d)(\\d{1,2})/(\\d{1,2})/(\\d{4})(?!\\d)");
  private static final Pattern ISO_DATE = Pattern.compile("^\\s*(\\d{4})-(\\d{2})-(\\d{2})");

  private EmaDates() {}

  /** The first dd/mm/yyyy date in the text, or null. */
  static LocalDate inText(String text) {
    if (text == null) {
      return null;
    }
    Matcher m = DAY_MONTH_YEAR.matcher(text);
    return m.find() ? date(m.group(3), m.group(2), m.group(1)) : null;
  }

  /**
   * The calendar date written in a {@code datetime} attribute. Only the date part counts: the time
   * and zone are those of the CMS record, the date is what the page shows.
   */
  static LocalDate fromDatetime(String attribute) {
    if (attribute == null) {
      return null;
    }
    if (attribute.length() > 10) {
      try {
        // An instant: the date EMA shows is the Amsterdam one (as in its data exports).
        return OffsetDateTime.parse(attribute.trim()).atZoneSameInstant(EMA_ZONE).toLocalDate();
      } catch (DateTimeParseException notAnInstant) {
        // fall back to the date part below
      }
    }
    Matcher m = ISO_DATE.matcher(attribute);
    return m.find() ? date(m.group(1), m.group(2), m.group(3)) : null;
  }

  /** A date inside an element: a {@code time[datetime]} wins over dd/mm/yyyy text. */
  static LocalDate in(Element element) {
    Element time = element.selectFirst("time[datetime]");
    LocalDate fromTime = time == null ? null : fromDatetime(time.attr("datetime"));
    return fromTime != null ? fromTime : inText(element.text());
  }

  private static LocalDate date(String year, String month, String day) {
    try {
      return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
    } catch (DateTimeException e) {
      return null;
    }
  }
}

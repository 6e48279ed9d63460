package io.eparwatch.alert;

import io.eparwatch.change.ChangeEvent;
import io.eparwatch.change.ChangeType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * The words of alert mails: what a change is, in a subject line or a list ("Product Information
 * updated"), and the subjects themselves. Everything that may end up in a header is cleaned of
 * control characters here, so no CR or LF taken from a scraped page reaches one.
 */
final class MailWording {

  static final String PREFIX = "EPAR Watch: ";
  private static final int MAX_SUBJECT = 200;

  private MailWording() {}

  static String confirmationSubject() {
    return PREFIX + "confirm your subscription";
  }

  /** "EPAR Watch: Imlygic: Product Information updated". */
  static String immediateSubject(ChangeEvent event) {
    return header(PREFIX + productName(event) + ": " + change(event));
  }

  /** "EPAR Watch: 12 changes in 5 medicines since Monday". */
  static String digestSubject(int changes, int medicines, String since) {
    return header(
        PREFIX + plural(changes, "change") + " in " + plural(medicines, "medicine") + " " + since);
  }

  /**
   * How long ago a digest's period began, seen from {@code until}: "since 06:00" the same day,
   * "since yesterday", "since Monday" within a week, else "since 3 November".
   */
  static String since(Instant from, Instant until, ZoneId zone) {
    LocalDate start = from.atZone(zone).toLocalDate();
    long days = ChronoUnit.DAYS.between(start, until.atZone(zone).toLocalDate());
    if (days <= 0) {
      return "since " + from.atZone(zone).format(DateTimeFormatter.ofPattern("HH:mm"));
    }
    if (days == 1) {
      return "since yesterday";
    }
    if (days <= 7) {
      return "since " + start.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
    return "since " + start.format(DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH));
  }

  static String productName(ChangeEvent event) {
    return clean(event.productName != null ? event.productName : event.product);
  }

  /** What happened, in a few words: "Product Information updated", "revision changed". */
  static String change(ChangeEvent event) {
    String document = document(event);
    return clean(
        switch (event.type) {
          case DOCUMENT_UPDATED -> documentUpdate(document, event.field);
          case DOCUMENT_ADDED -> "new document: " + document;
          case DOCUMENT_REMOVED -> "document removed: " + document;
          case TRANSLATION_ADDED -> document + ": translation added (" + event.language + ")";
          case TRANSLATION_REMOVED -> document + ": translation removed (" + event.language + ")";
          case FIELD_CHANGED -> field(event.field) + " changed";
          case MEDICINE_ADDED -> "added to EMA's list of medicines";
        });
  }

  /** A new date is the document's new revision; other fields are named. */
  private static String documentUpdate(String document, String field) {
    if (field == null || field.equals("lastUpdated")) {
      return document + " updated";
    }
    return document + ": " + (field.equals("size") ? "file size" : field(field)) + " changed";
  }

  /** The heading of a group of changes of one type in a digest. */
  static String typeHeading(ChangeType type) {
    return switch (type) {
      case DOCUMENT_UPDATED -> "Documents updated";
      case DOCUMENT_ADDED -> "Documents added";
      case DOCUMENT_REMOVED -> "Documents removed";
      case TRANSLATION_ADDED -> "Translations added";
      case TRANSLATION_REMOVED -> "Translations removed";
      case FIELD_CHANGED -> "Details changed";
      case MEDICINE_ADDED -> "New medicine";
    };
  }

  /** The document's title without the product name and "EPAR - " EMA puts before it. */
  private static String document(ChangeEvent event) {
    String title = event.documentTitle != null ? event.documentTitle : event.documentKey;
    if (title == null) {
      return "a document";
    }
    int colon = title.indexOf(" : ");
    if (colon >= 0) {
      title = title.substring(colon + 3);
    }
    return title.replaceFirst("^EPAR - ", "");
  }

  /** "pageLastUpdated" → "page last updated". */
  private static String field(String field) {
    return field == null
        ? "a detail"
        : field.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
  }

  private static String plural(int count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }

  /** A value for a header: one line, no control characters, not endless. */
  static String header(String value) {
    String line = clean(value);
    return line.length() > MAX_SUBJECT ? line.substring(0, MAX_SUBJECT - 1) + "…" : line;
  }

  private static String clean(String value) {
    return value == null ? "" : value.replaceAll("[\\p{Cntrl}\\u2028\\u2029]+", " ").strip();
  }
}

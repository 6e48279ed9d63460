package io.eparwatch.web;

import io.eparwatch.watch.Outcome;
import io.quarkus.qute.TemplateExtension;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Values formatted for display only: dates as EMA shows them, sizes, ISO for {@code datetime}. */
@TemplateExtension
public final class WebFormat {

  /** EMA publishes from Amsterdam; days on the dashboard are its days. */
  static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

  private static final DateTimeFormatter EMA_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter EMA_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

  private WebFormat() {}

  static String ema(LocalDate date) {
    return date == null ? "" : EMA_DATE.format(date);
  }

  static String ema(Instant instant) {
    return instant == null ? "" : EMA_TIME.format(instant.atZone(ZONE));
  }

  static String iso(LocalDate date) {
    return date == null ? "" : date.toString();
  }

  static String iso(Instant instant) {
    return instant == null ? "" : instant.toString();
  }

  static LocalDate day(Instant instant) {
    return instant.atZone(ZONE).toLocalDate();
  }

  /** A check's outcome as the watches page and its notices say it. */
  static String words(Outcome outcome) {
    return switch (outcome) {
      case BASELINE -> "first version stored";
      case CHANGED -> "changed";
      case UNCHANGED -> "unchanged";
      case NOT_MODIFIED -> "unchanged (not modified since the last fetch)";
      case SUSPECT -> "suspect page held back";
      case FAILED -> "failed";
      case POSTPONED -> "postponed (EMA asked to wait)";
    };
  }

  /** 1.2 MB, 230 KB, 512 bytes. */
  static String bytes(Long size) {
    if (size == null) {
      return "";
    }
    if (size < 1024) {
      return size + " bytes";
    }
    if (size < 1024 * 1024) {
      return Math.round(size / 1024.0) + " KB";
    }
    return String.format(Locale.ROOT, "%.1f MB", size / (1024.0 * 1024.0));
  }
}

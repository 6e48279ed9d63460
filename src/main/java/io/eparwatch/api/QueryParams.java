package io.eparwatch.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Query parameters read by hand: a bad value must be a 400 with a message, not a bare 404. */
final class QueryParams {

  private QueryParams() {}

  static String text(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

  /** An ISO instant, or an ISO date meaning its start in UTC; absent is null. */
  static Instant instant(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return value.length() == 10
          ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant()
          : Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw ApiError.badRequest(
          name + " must be an ISO date (2025-10-06) or instant (2025-10-06T08:00:00Z)");
    }
  }

  static int wholeNumber(String name, String value, int absent, int min, int max) {
    if (value == null || value.isBlank()) {
      return absent;
    }
    try {
      int number = Integer.parseInt(value.trim());
      if (number >= min && number <= max) {
        return number;
      }
    } catch (NumberFormatException e) {
      // falls through to the error below
    }
    throw ApiError.badRequest(
        name
            + " must be a whole number from "
            + min
            + (max == Integer.MAX_VALUE ? " up" : " to " + max));
  }
}

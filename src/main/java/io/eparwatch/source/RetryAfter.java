package io.eparwatch.source;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Parses a Retry-After header: delta-seconds or an HTTP-date (RFC 9110 §10.2.3). */
final class RetryAfter {

  private RetryAfter() {}

  /** The wait the header asks for, from {@code now}; empty when absent or unreadable. */
  static Optional<Duration> parse(String header, Instant now) {
    if (header == null || header.isBlank()) {
      return Optional.empty();
    }
    String value = header.strip();
    if (value.chars().allMatch(Character::isDigit)) {
      return seconds(value);
    }
    try {
      Instant until = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      return Optional.of(until.isAfter(now) ? Duration.between(now, until) : Duration.ZERO);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static Optional<Duration> seconds(String digits) {
    try {
      return Optional.of(Duration.ofSeconds(Long.parseLong(digits)));
    } catch (NumberFormatException e) {
      return Optional.of(Duration.ofDays(365)); // absurdly many digits: treat as "very long"
    }
  }
}

package io.eparwatch.api;

/** Query parameters read by hand: a bad value must be a 400 with a message, not a bare 404. */
final class QueryParams {

  private QueryParams() {}

  static String text(String value) {
    return value == null || value.isBlank() ? null : value.trim();
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

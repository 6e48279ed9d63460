package io.eparwatch.web;

/** Small readings of form and query values shared by the pages. */
final class Forms {

  static final int MAX_PAGE = 100_000;

  private Forms() {}

  /** A page number from 1 in the URL, 0-based here; anything else is a 400 in words. */
  static int pageNumber(String value) {
    if (value == null || value.isBlank()) {
      return 0;
    }
    try {
      int page = Integer.parseInt(value.strip());
      if (page >= 1 && page <= MAX_PAGE) {
        return page - 1;
      }
    } catch (NumberFormatException e) {
      // the sentence below
    }
    throw PageError.badRequest("The page must be a whole number from 1 to " + MAX_PAGE + ".");
  }

  static String text(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}

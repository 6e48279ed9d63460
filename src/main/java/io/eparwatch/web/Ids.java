package io.eparwatch.web;

/** Numeric ids in page paths. */
final class Ids {

  private Ids() {}

  static long parse(String what, String value) {
    try {
      long id = Long.parseLong(value);
      if (id > 0) {
        return id;
      }
    } catch (NumberFormatException e) {
      // the sentence below
    }
    throw PageError.notFound("There is no " + what + " \"" + value + "\": ids are whole numbers.");
  }
}

package io.eparwatch.api;

/** Numeric ids in paths, read by hand: a bad one is a 400 with a message. */
final class Ids {

  private Ids() {}

  static long parse(String what, String id) {
    try {
      return Long.parseLong(id.trim());
    } catch (NumberFormatException e) {
      throw ApiError.badRequest(what + " id must be a number");
    }
  }
}

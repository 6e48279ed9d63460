package io.eparwatch.epar;

/** The "English (EN)" label that every document entry carries, wherever it sits. */
final class EnglishLabels {

  private EnglishLabels() {}

  /**
   * Whether the text starts with "English (EN)", any case, whitespace around and inside as the
   * label is written: what {@code (?i)english\s*\(en\)} finds at the start of the normalized text,
   * read in place (every text node with "(EN)" in it is asked).
   */
  static boolean startsWithOne(String raw) {
    int at = skipSpaces(raw, 0);
    if (!startsWithAsciiIgnoringCase(raw, at, "english")) {
      return false;
    }
    return startsWithAsciiIgnoringCase(raw, skipSpaces(raw, at + 7), "(en)");
  }

  private static int skipSpaces(String text, int from) {
    int at = from;
    while (at < text.length() && EmaText.isSpace(text.charAt(at))) {
      at++;
    }
    return at;
  }

  /** {@code expected} is lower case ASCII; only ASCII letters match ignoring case, as (?i) does. */
  private static boolean startsWithAsciiIgnoringCase(String text, int at, String expected) {
    if (text.length() - at < expected.length()) {
      return false;
    }
    for (int i = 0; i < expected.length(); i++) {
      char c = text.charAt(at + i);
      char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
      if (lower != expected.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}

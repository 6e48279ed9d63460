package io.eparwatch.epar;

/** The "English (EN)" label that every document entry carries, wherever it sits. */
final class EnglishLabels {

  private EnglishLabels() {}

  /**
   * Whether the text starts with "English (EN)", any case, whitespace around and inside as the
   * label is written: what {@code (?i)english\s*\(en\)} finds at the start of the normalized text,
   * read in place (every text node with "(EN)" in it is asked). {@code first} is the index of the
   * text's first non-space character ({@link EmaText#firstNonSpace}), which the caller has already.
   */
  static boolean startsWithOne(String raw, int first) {
    if (!startsWithAsciiIgnoringCase(raw, first, "english")) {
      return false;
    }
    return startsWithAsciiIgnoringCase(raw, skipSpaces(raw, first + 7), "(en)");
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
    return text.length() - at >= expected.length()
        && EmaText.regionIgnoringAsciiCase(text, at, expected);
  }
}

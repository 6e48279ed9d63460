package io.eparwatch.change;

import java.util.Objects;
import java.util.regex.Pattern;

/** The comparable display form of a value: whitespace-only differences must never count as changes. */
final class DisplayText {

  // \p{Z} covers the no-break spaces (U+00A0, U+2007, U+202F) that \s misses.
  private static final Pattern WHITESPACE_RUN = Pattern.compile("[\\s\\p{Z}]+");

  private DisplayText() {}

  /** Whitespace runs collapsed to one space and trimmed; blank becomes null. */
  static String normalize(String text) {
    if (text == null) {
      return null;
    }
    String collapsed = WHITESPACE_RUN.matcher(text).replaceAll(" ").trim();
    return collapsed.isEmpty() ? null : collapsed;
  }

  /**
   * Whether two display values differ only in whitespace, including whitespace present on one side
   * only ("a,b" and "a, b"): parsers join inline markup with or without spaces depending on layout.
   */
  static boolean sameIgnoringWhitespace(String a, String b) {
    return Objects.equals(withoutWhitespace(a), withoutWhitespace(b));
  }

  private static String withoutWhitespace(String text) {
    return text == null ? null : WHITESPACE_RUN.matcher(text).replaceAll("");
  }

  static String of(Object value) {
    return value == null ? null : normalize(value.toString());
  }
}

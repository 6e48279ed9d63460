package io.eparwatch.change;

import java.util.Objects;

/**
 * The comparable display form of a value: whitespace-only differences must never count as changes.
 */
final class DisplayText {

  private DisplayText() {}

  /** Whitespace runs collapsed to one space and trimmed; blank becomes null. */
  static String normalize(String text) {
    if (text == null) {
      return null;
    }
    if (!hasWhitespace(text)) {
      return text.isEmpty() ? null : text;
    }
    StringBuilder collapsed = new StringBuilder(text.length());
    boolean gap = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isWhitespace(c)) {
        gap = collapsed.length() > 0;
      } else {
        if (gap) {
          collapsed.append(' ');
          gap = false;
        }
        collapsed.append(c);
      }
    }
    return collapsed.length() == 0 ? null : collapsed.toString();
  }

  /**
   * Whether two display values differ only in whitespace, including whitespace present on one side
   * only ("a,b" and "a, b"): parsers join inline markup with or without spaces depending on layout.
   */
  static boolean sameIgnoringWhitespace(String a, String b) {
    return Objects.equals(withoutWhitespace(a), withoutWhitespace(b));
  }

  private static String withoutWhitespace(String text) {
    if (text == null || !hasWhitespace(text)) {
      return text;
    }
    StringBuilder kept = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!isWhitespace(c)) {
        kept.append(c);
      }
    }
    return kept.toString();
  }

  static String of(Object value) {
    return value == null ? null : normalize(value.toString());
  }

  private static boolean hasWhitespace(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (isWhitespace(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Java's whitespace plus the Unicode space separators, so no-break spaces (U+00A0, U+202F) count.
   */
  private static boolean isWhitespace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }
}

package io.eparwatch.epar;

import org.jsoup.internal.StringUtil;

/** Whitespace normalisation; blank values become null, never empty strings. */
final class Texts {

  private static final String SEPARATORS = " \t\n\r\u00a0:-–";

  private Texts() {}

  static String normalize(String text) {
    if (text == null) {
      return null;
    }
    if (isNormal(text)) {
      return text.isEmpty() ? null : text;
    }
    String normalized = StringUtil.normaliseWhitespace(text.replace('\u00a0', ' ')).trim();
    return normalized.isEmpty() ? null : normalized;
  }

  /** Already single-spaced and trimmed, as jsoup's {@code text()} usually returns it. */
  private static boolean isNormal(String text) {
    int last = text.length() - 1;
    if (last >= 0 && (text.charAt(0) == ' ' || text.charAt(last) == ' ')) {
      return false;
    }
    for (int i = 0; i <= last; i++) {
      char c = text.charAt(i);
      if (c == ' ' ? i > 0 && text.charAt(i - 1) == ' ' : c < ' ' || c == '\u00a0') {
        return false;
      }
    }
    return true;
  }

  /** The text after the first occurrence of the label, without separators such as ':'. */
  static String after(String text, String label) {
    int at =
        text.toLowerCase(java.util.Locale.ROOT).indexOf(label.toLowerCase(java.util.Locale.ROOT));
    if (at < 0) {
      return null;
    }
    int start = at + label.length();
    while (start < text.length() && SEPARATORS.indexOf(text.charAt(start)) >= 0) {
      start++;
    }
    return normalize(text.substring(start));
  }
}

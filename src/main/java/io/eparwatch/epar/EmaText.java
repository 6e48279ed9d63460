package io.eparwatch.epar;

import org.jsoup.parser.Parser;

/**
 * EMA's text rules, the one copy for pages, exports and the differ: whitespace (no-break spaces
 * included) and HTML entities; its dates are {@link EmaDates}. Cross-source deduplication relies on
 * every source cleaning a value the same way, so nothing else may.
 */
public final class EmaText {

  private static final String SEPARATORS = " \t\n\r\u00a0:-–";

  private EmaText() {}

  /** Runs of whitespace (no-break spaces included) become one space, ends trimmed; blank → null. */
  public static String normalize(String text) {
    if (text == null) {
      return null;
    }
    if (isNormal(text)) {
      return text.isEmpty() ? null : text;
    }
    String collapsed = collapseWhitespace(text);
    return collapsed.isEmpty() ? null : collapsed;
  }

  /** Entities decoded, whitespace collapsed and trimmed; null when nothing is left. */
  public static String clean(String raw) {
    return normalize(decodeEntities(raw));
  }

  /**
   * Named ({@code &nbsp;}, also without its {@code ;}) and numeric entities decoded; a bare {@code
   * &} stays. A value escaped twice ({@code &amp;nbsp;}) is decoded twice.
   */
  public static String decodeEntities(String raw) {
    if (raw == null || raw.indexOf('&') < 0) {
      return raw;
    }
    String once = Parser.unescapeEntities(raw, false);
    boolean escapedTwice = !once.equals(raw) && once.indexOf('&') >= 0;
    return escapedTwice ? Parser.unescapeEntities(once, false) : once;
  }

  /** Runs of whitespace become one space; the ends are trimmed ({@code ""} when blank). */
  public static String collapseWhitespace(String raw) {
    int start = 0;
    while (start < raw.length() && isSpace(raw.charAt(start))) {
      start++;
    }
    if (start == raw.length()) {
      return ""; // blank, as most text nodes between tags are: nothing to copy
    }
    StringBuilder out = new StringBuilder(raw.length() - start);
    boolean pendingSpace = false;
    for (int i = start; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (isSpace(c)) {
        pendingSpace = out.length() > 0;
        continue;
      }
      if (pendingSpace) {
        out.append(' ');
        pendingSpace = false;
      }
      out.append(c);
    }
    return out.toString();
  }

  /**
   * Whether two values differ only in whitespace, including whitespace present on one side only
   * ("a,b" and "a, b"): parsers join inline markup with or without spaces depending on layout.
   */
  public static boolean sameIgnoringWhitespace(String a, String b) {
    if (a == null || b == null) {
      return a == b;
    }
    if (a.equals(b)) {
      return true;
    }
    int i = 0;
    int j = 0;
    while (true) {
      while (i < a.length() && isSpace(a.charAt(i))) {
        i++;
      }
      while (j < b.length() && isSpace(b.charAt(j))) {
        j++;
      }
      if (i == a.length() || j == b.length()) {
        return i == a.length() && j == b.length();
      }
      if (a.charAt(i++) != b.charAt(j++)) {
        return false;
      }
    }
  }

  /** The text from {@code start} (where a label ends), without leading separators such as ':'. */
  static String from(String text, int start) {
    int at = start;
    while (at < text.length() && SEPARATORS.indexOf(text.charAt(at)) >= 0) {
      at++;
    }
    return normalize(text.substring(at));
  }

  /**
   * Where {@code label}, lower-case ASCII, first occurs in the text with ASCII letters compared
   * ignoring case; -1 if nowhere. Read in place, without the lower-case copy of every text that
   * {@code toLowerCase} makes. For a label of ASCII letters and spaces without a {@code k} and not
   * ending in {@code i} (as the entry and page labels are), it finds what {@code
   * text.toLowerCase(Locale.ROOT).indexOf(label)} finds: only U+0130 and the Kelvin sign lower-case
   * to ASCII, the former to "i" plus a combining dot, which such a label cannot continue. The index
   * is the text's own (the lower-case copy may be longer).
   */
  static int indexOfIgnoringAsciiCase(String text, String label) {
    for (int at = 0, last = text.length() - label.length(); at <= last; at++) {
      if (regionIgnoringAsciiCase(text, at, label)) {
        return at;
      }
    }
    return -1;
  }

  /**
   * Whether {@code label}, lower-case ASCII, is at {@code at}, ASCII letters compared ignoring
   * case; the text must hold the label's length from {@code at}.
   */
  static boolean regionIgnoringAsciiCase(String text, int at, String label) {
    for (int i = 0; i < label.length(); i++) {
      char c = text.charAt(at + i);
      if ((c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c) != label.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Java's whitespace plus the Unicode space separators (U+00A0, U+202F, …). Asked of every
   * character of a page's texts: ASCII without Character's tables, and in methods small enough for
   * the C1 compiler (which the deployed JVM runs alone) to inline into the loops that call them.
   */
  public static boolean isSpace(char c) {
    if (c <= ' ') {
      return isLowSpace(c);
    }
    return c >= '\u0080' && isWideSpace(c);
  }

  /** For {@code c <= ' '}: a space, a tab, a line break or a separator control (U+001C–U+001F). */
  private static boolean isLowSpace(char c) {
    return c >= '\u001c' || (c >= '\t' && c <= '\r');
  }

  private static boolean isWideSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /** The index of the text's first character that is no space ({@link #isSpace}); -1 if none. */
  static int firstNonSpace(String text) {
    if (text.isBlank()) {
      // Java's whitespace is a subset of these spaces, and the JDK reads the bytes itself, which
      // with C1 is cheaper than the loop over charAt below: most texts asked are the indentation.
      return -1;
    }
    for (int i = 0; i < text.length(); i++) {
      if (!isSpace(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  /** Already single-spaced and trimmed, as jsoup's {@code text()} usually returns it. */
  private static boolean isNormal(String text) {
    int last = text.length() - 1;
    if (last >= 0 && (text.charAt(0) == ' ' || text.charAt(last) == ' ')) {
      return false;
    }
    for (int i = 0; i <= last; i++) {
      char c = text.charAt(i);
      if (c == ' '
          ? i > 0 && text.charAt(i - 1) == ' '
          : c < '!' || (c >= '\u0080' && isSpace(c))) {
        return false;
      }
    }
    return true;
  }
}

package io.eparwatch.feed;

/**
 * Text as XML 1.0 can carry it: control characters other than tab, CR and LF, U+FFFE, U+FFFF and
 * unpaired surrogates are dropped (no escape can represent them). Escaping is the XML writer's job.
 */
final class XmlText {

  private XmlText() {}

  static String clean(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder kept = null;
    for (int i = 0; i < text.length(); i++) {
      int width = allowedWidth(text, i);
      if (width == 0) {
        if (kept == null) {
          kept = new StringBuilder(text.length()).append(text, 0, i);
        }
        continue;
      }
      if (kept != null) {
        kept.append(text, i, i + width);
      }
      i += width - 1;
    }
    return kept == null ? text : kept.toString();
  }

  /** How many chars the character at {@code i} spans when XML allows it; 0 when it does not. */
  private static int allowedWidth(String text, int i) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1)) ? 2 : 0;
    }
    if (Character.isLowSurrogate(c)) {
      return 0;
    }
    boolean allowed =
        c == '\t'
            || c == '\n'
            || c == '\r'
            || (c >= 0x20 && c <= 0xD7FF)
            || (c >= 0xE000 && c <= 0xFFFD);
    return allowed ? 1 : 0;
  }
}

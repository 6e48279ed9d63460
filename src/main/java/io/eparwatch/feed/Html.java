package io.eparwatch.feed;

/** A small HTML builder for entry content: every piece of text goes in escaped. */
final class Html {

  private final StringBuilder out = new StringBuilder(512);

  Html raw(String markup) {
    out.append(markup);
    return this;
  }

  Html text(String text) {
    if (text == null) {
      return this;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return this;
  }

  /** An element with escaped text content: {@code <tag>text</tag>}. */
  Html element(String tag, String text) {
    return raw("<" + tag + ">").text(text).raw("</" + tag + ">");
  }

  Html link(String href, String text) {
    return raw("<a href=\"").text(href).raw("\">").text(text).raw("</a>");
  }

  @Override
  public String toString() {
    return out.toString();
  }
}

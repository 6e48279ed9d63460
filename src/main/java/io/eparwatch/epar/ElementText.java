package io.eparwatch.epar;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * An element's normalized text, {@code EmaText.normalize(element.text())}, read in place where one
 * text node holds all of it (a heading, a label cell, a title): jsoup's {@code text()} builds the
 * text through a traversal and a string builder, which costs a page read more than its walk.
 */
final class ElementText {

  /** Stands for "more than one text node with content": the text has to be built. */
  private static final TextNode SEVERAL = new TextNode("");

  private static final char SOFT_HYPHEN = '\u00ad';
  private static final char ZERO_WIDTH_SPACE = '\u200b';

  private ElementText() {}

  /**
   * {@code EmaText.normalize(element.text())}. Where a single text node has content, the spaces
   * {@code text()} adds between elements and its whitespace rules only touch the ends of that text,
   * which normalizing trims: the node's own text, normalized, is the same. Texts with the
   * characters {@code text()} drops (soft hyphen, zero-width space) are left to {@code text()}.
   */
  static String of(Element element) {
    TextNode only = soleContent(element, null);
    if (only == null || only == SEVERAL) {
      return EmaText.normalize(element.text());
    }
    return EmaText.normalize(only.getWholeText());
  }

  /** {@code found} plus the text nodes with content inside {@code node}: null, one, or SEVERAL. */
  private static TextNode soleContent(Node node, TextNode found) {
    TextNode sole = found;
    for (int i = 0, size = node.childNodeSize(); i < size; i++) {
      Node child = node.childNode(i);
      if (child instanceof TextNode text) {
        int content = content(text.getWholeText());
        if (content < 0 || (content > 0 && sole != null)) {
          return SEVERAL;
        }
        if (content > 0) {
          sole = text;
        }
      } else if (child instanceof Element) {
        sole = soleContent(child, sole);
        if (sole == SEVERAL) {
          return SEVERAL;
        }
      }
    }
    return sole;
  }

  /** A character jsoup's {@code text()} leaves out (a soft hyphen, a zero-width space). */
  static boolean isDroppedByText(char c) {
    return c == SOFT_HYPHEN || c == ZERO_WIDTH_SPACE;
  }

  /** 1 when the text has a visible character, 0 when blank, -1 when {@code text()} drops some. */
  private static int content(String text) {
    int content = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isDroppedByText(c)) {
        return -1;
      }
      if (content == 0 && !EmaText.isSpace(c)) {
        content = 1;
      }
    }
    return content;
  }
}

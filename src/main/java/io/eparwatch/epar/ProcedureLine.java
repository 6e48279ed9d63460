package io.eparwatch.epar;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * 2018–2023 design: "03/12/2019 Imlygic - EMEA/H/C/002771 - II/0023" heads the product information,
 * as a heading or as a plain line (a paragraph, a div, parts in spans). It gives the latest
 * procedure of such pages.
 */
final class ProcedureLine {

  private static final Pattern LINE =
      Pattern.compile("^(\\d{1,2}/\\d{1,2}/\\d{4})\\s+.*?EME?A/[HV]/C/\\d+.*\\s[-–]\\s*(\\S+)$");
  private static final int MAX_LENGTH = 200;

  private ProcedureLine() {}

  /** Whether a normalised text is such a line. */
  static boolean is(String text) {
    // Its date comes first: asked of every heading, most of which start with a letter.
    return !text.isEmpty() && isDigit(text.charAt(0)) && LINE.matcher(text).matches();
  }

  /**
   * The line that {@code element} or one of its ancestors is, as normalised text; null when none of
   * them is one before the text grows too long to be a line.
   */
  static String around(Element element) {
    for (Element current = element;
        current != null && !"body".equals(current.normalName());
        current = current.parent()) {
      if (visibleCharsExceed(current, MAX_LENGTH)) {
        return null;
      }
      if (startsWithNonDigit(current)) {
        // No line (it starts with its date), and skipping the text changes nothing: an
        // element's text is part of its ancestors' texts, so if it is too long, theirs are too.
        continue;
      }
      String text = ElementText.of(current);
      if (text == null || text.length() > MAX_LENGTH) {
        return null;
      }
      if (is(text)) {
        return text;
      }
    }
    return null;
  }

  /**
   * Whether the element's normalised text starts with a character other than a digit. Only a
   * character that {@code text()} and normalising keep counts (not a control character, a soft
   * hyphen or a zero-width space): for those, and for no text at all, the answer is false.
   */
  private static boolean startsWithNonDigit(Element element) {
    int first = firstNonSpace(element);
    return first > ' ' && !isDigit(first) && !ElementText.isDroppedByText((char) first);
  }

  private static boolean isDigit(int c) {
    return c >= '0' && c <= '9';
  }

  /** The first character of the node's texts that is no space, in document order; -1 if none. */
  private static int firstNonSpace(Node node) {
    for (int n = 0, size = node.childNodeSize(); n < size; n++) {
      Node child = node.childNode(n);
      int first = -1;
      if (child instanceof TextNode text) {
        String raw = text.getWholeText();
        int at = EmaText.firstNonSpace(raw);
        first = at < 0 ? -1 : raw.charAt(at);
      } else if (child instanceof Element) {
        first = firstNonSpace(child);
      }
      if (first >= 0) {
        return first;
      }
    }
    return -1;
  }

  /**
   * Whether the element's text holds more than {@code max} characters other than whitespace and the
   * invisible ones {@code text()} drops: then its normalised text is longer than {@code max}. Stops
   * counting there, so that climbing to a large ancestor never builds its whole text.
   */
  private static boolean visibleCharsExceed(Element element, int max) {
    return visibleChars(element, 0, max) > max;
  }

  /**
   * {@code counted} plus the visible characters inside the node, counted by a plain recursion (the
   * ancestors of a text are climbed and counted on every page) and only up to just past {@code
   * max}.
   */
  private static int visibleChars(Node node, int counted, int max) {
    int count = counted;
    for (int n = 0, size = node.childNodeSize(); n < size && count <= max; n++) {
      Node child = node.childNode(n);
      if (child instanceof TextNode text) {
        String raw = text.getWholeText();
        for (int i = 0; i < raw.length() && count <= max; i++) {
          char c = raw.charAt(i);
          if (!EmaText.isSpace(c) && !ElementText.isDroppedByText(c)) {
            count++;
          }
        }
      } else if (child instanceof Element) {
        count = visibleChars(child, count, max);
      }
    }
    return count;
  }

  /** The procedure number and date a line names; null for no line. */
  static LatestProcedure latestProcedure(String line) {
    if (line == null) {
      return null;
    }
    Matcher m = LINE.matcher(line);
    return m.matches() ? new LatestProcedure(m.group(2), EmaDates.firstDate(m.group(1))) : null;
  }
}

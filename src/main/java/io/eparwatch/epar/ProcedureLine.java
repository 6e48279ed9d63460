package io.eparwatch.epar;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * 2018–2023 design: "03/12/2019 Imlygic - EMEA/H/C/002771 - II/0023" heads the product information,
 * as a heading or as a plain line (a paragraph, a div, parts in spans). It gives the latest
 * procedure of such pages.
 */
final class ProcedureLine {

  private static final Pattern LINE =
      Pattern.compile("^(\\d{1,2}/\\d{1,2}/\\d{4})\\s+.*?EME?A/[HV]/C/\\d+.*\\s[-–]\\s*(\\S+)$");
  private static final int MAX_LENGTH = 200;
  private static final char SOFT_HYPHEN = '\u00ad';
  private static final char ZERO_WIDTH_SPACE = '\u200b';

  private ProcedureLine() {}

  /** Whether a normalised text is such a line. */
  static boolean is(String text) {
    return LINE.matcher(text).matches();
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
   * Whether the element's text holds more than {@code max} characters other than whitespace and the
   * invisible ones {@code text()} drops: then its normalised text is longer than {@code max}. Stops
   * counting there, so that climbing to a large ancestor never builds its whole text.
   */
  private static boolean visibleCharsExceed(Element element, int max) {
    int[] count = {0};
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode text) {
              String raw = text.getWholeText();
              for (int i = 0; i < raw.length(); i++) {
                char c = raw.charAt(i);
                if (!EmaText.isSpace(c) && c != SOFT_HYPHEN && c != ZERO_WIDTH_SPACE) {
                  count[0]++;
                }
              }
            }
            return count[0] > max ? FilterResult.STOP : FilterResult.CONTINUE;
          }
        },
        element);
    return count[0] > max;
  }

  /** The procedure number and date a line names; null for no line. */
  static LatestProcedure latestProcedure(String line) {
    if (line == null) {
      return null;
    }
    Matcher m = LINE.matcher(line);
    return m.matches() ? new LatestProcedure(m.group(2), EmaText.firstDate(m.group(1))) : null;
  }
}

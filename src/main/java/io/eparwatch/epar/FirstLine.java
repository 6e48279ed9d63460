package io.eparwatch.epar;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/** The first visual line of an element: text up to the first line break or block boundary. */
final class FirstLine {

  private FirstLine() {}

  static String of(Element element) {
    StringBuilder line = new StringBuilder();
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode) {
              line.append(((TextNode) node).getWholeText());
            } else if (node instanceof Element
                && node != element
                && endsLine((Element) node)
                && !line.toString().isBlank()) {
              return FilterResult.STOP;
            }
            return FilterResult.CONTINUE;
          }

          @Override
          public FilterResult tail(Node node, int depth) {
            boolean closesLine =
                node instanceof Element && node != element && ((Element) node).isBlock();
            return closesLine && !line.toString().isBlank()
                ? FilterResult.STOP
                : FilterResult.CONTINUE;
          }
        },
        element);
    return EmaText.normalize(line.toString());
  }

  private static boolean endsLine(Element element) {
    return "br".equals(element.normalName()) || element.isBlock();
  }
}

package io.eparwatch.epar;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Page-level labelled values: "Latest procedure affecting product information" and "This page was
 * last updated on" (2018–2023: "This EPAR was last updated on", or the og:updated_time meta).
 */
final class PageLabels {

  private static final Evaluator TIME_WITH_DATETIME = QueryParser.parse("time[datetime]");
  private static final String LATEST_PROCEDURE = "latest procedure affecting product information";
  private static final String[] PAGE_UPDATED = {
    "this page was last updated on", "this epar was last updated on"
  };
  private static final Pattern PROCEDURE_NUMBER =
      Pattern.compile("^[A-Z][A-Za-z0-9]*(?:/[A-Za-z0-9-]+)+");
  private static final int MAX_LABEL_CLIMB = 4;

  private PageLabels() {}

  static LatestProcedure latestProcedure(PageScan scan) {
    for (TextNode node : scan.labelledTexts) {
      Element container = containerOf(node, LATEST_PROCEDURE);
      String value = container == null ? null : valueText(container, LATEST_PROCEDURE);
      if (value != null) {
        String number = procedureNumber(value);
        LocalDate date = dateIn(container, value);
        if (number != null || date != null) {
          return new LatestProcedure(number, date);
        }
      }
    }
    return ProcedureLine.latestProcedure(scan.procedureHeading);
  }

  static LocalDate pageLastUpdated(PageScan scan) {
    for (TextNode node : scan.labelledTexts) {
      for (String label : PAGE_UPDATED) {
        Element container = containerOf(node, label);
        LocalDate date = container == null ? null : dateIn(container, valueText(container, label));
        if (date != null) {
          return date;
        }
      }
    }
    return EmaDates.datetimeAttribute(scan.ogUpdatedTime);
  }

  /** The smallest element around the label that also holds its value; dt/th hand over to dd/td. */
  private static Element containerOf(TextNode node, String label) {
    String text = EmaText.normalize(node.getWholeText());
    if (text == null || EmaText.indexOfIgnoringAsciiCase(text, label) < 0) {
      return null;
    }
    Node current = node.parentNode();
    for (int i = 0; i < MAX_LABEL_CLIMB && current instanceof Element; i++) {
      Element element = (Element) current;
      if ("dt".equals(element.normalName()) || "th".equals(element.normalName())) {
        return element.nextElementSibling();
      }
      if (valueText(element, label) != null) {
        return element;
      }
      current = element.parentNode();
    }
    return null;
  }

  /** The container's text after the label; a dd/td value cell holds only the value. */
  private static String valueText(Element container, String label) {
    String text = ElementText.of(container);
    int at = text == null ? -1 : EmaText.indexOfIgnoringAsciiCase(text, label);
    if (at < 0) {
      return isValueCell(container) ? text : null;
    }
    return EmaText.from(text, at + label.length());
  }

  private static boolean isValueCell(Element element) {
    return "dd".equals(element.normalName()) || "td".equals(element.normalName());
  }

  /** A date inside an element: a {@code time[datetime]} wins over dd/mm/yyyy text. */
  static LocalDate dateIn(Element element) {
    return dateIn(element, element.text());
  }

  private static LocalDate dateIn(Element container, String valueText) {
    Element time = container.selectFirst(TIME_WITH_DATETIME);
    LocalDate fromTime = time == null ? null : EmaDates.datetimeAttribute(time.attr("datetime"));
    return fromTime != null ? fromTime : EmaDates.firstDate(valueText);
  }

  private static String procedureNumber(String value) {
    Matcher m = PROCEDURE_NUMBER.matcher(value);
    return m.find() ? m.group() : null;
  }
}

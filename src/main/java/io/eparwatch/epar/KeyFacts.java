package io.eparwatch.epar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Label → value facts of a page, from dt/dd pairs, th/td rows and subsection headings such as
 * "Therapeutic indication". Labels are compared in a normal form (lower case, no hyphens, no ':').
 */
final class KeyFacts {

  private static final Pattern PRODUCT_NUMBER = Pattern.compile("EMEA/[HV]/C/\\d+");

  private final Map<String, Element> valueByLabel = new LinkedHashMap<>();
  private final Map<String, Element> subsectionHeading = new LinkedHashMap<>();

  /** {@code headingTitles}: the normalized text of each heading, in the same order. */
  KeyFacts(List<Element> labelCells, List<Element> headings, List<String> headingTitles) {
    for (Element cell : labelCells) {
      Element value = valueCellOf(cell);
      String label = normalLabel(ElementText.of(cell));
      if (value != null && label != null) {
        valueByLabel.putIfAbsent(label, value);
      }
    }
    for (int i = 0; i < headings.size(); i++) {
      String label = normalLabel(headingTitles.get(i));
      if (label != null) {
        subsectionHeading.putIfAbsent(label, headings.get(i));
      }
    }
  }

  String text(Predicate<String> label) {
    Element value = value(label);
    if (value != null) {
      return listOrText(value);
    }
    for (Map.Entry<String, Element> entry : subsectionHeading.entrySet()) {
      if (label.test(entry.getKey())) {
        return textAfter(entry.getValue());
      }
    }
    return null;
  }

  LocalDate date(Predicate<String> label) {
    Element value = value(label);
    return value == null ? null : PageLabels.dateIn(value);
  }

  /** The first line of the value: a holder's name without its address. */
  String firstLine(Predicate<String> label) {
    Element value = value(label);
    return value == null ? null : FirstLine.of(value);
  }

  String productNumber(Predicate<String> label) {
    String text = text(label);
    if (text == null) {
      return null;
    }
    Matcher number = PRODUCT_NUMBER.matcher(text);
    return number.find() ? number.group() : text;
  }

  static Predicate<String> is(String... labels) {
    List<String> list = List.of(labels); // once, not on every test
    return list::contains;
  }

  static Predicate<String> startsWith(String prefix) {
    return label -> label.startsWith(prefix);
  }

  static String normalLabel(String text) {
    String normal = EmaText.normalize(text);
    if (normal == null) {
      return null;
    }
    return normal.toLowerCase(Locale.ROOT).replace('-', ' ').replace(':', ' ').trim();
  }

  private Element value(Predicate<String> label) {
    for (Map.Entry<String, Element> entry : valueByLabel.entrySet()) {
      if (label.test(entry.getKey())) {
        return entry.getValue();
      }
    }
    return null;
  }

  private static Element valueCellOf(Element labelCell) {
    String wanted = "dt".equals(labelCell.normalName()) ? "dd" : "td";
    Element next = labelCell.nextElementSibling();
    return next != null && wanted.equals(next.normalName()) ? next : null;
  }

  /** Multi-valued cells (a list of MeSH terms) are joined the way EMA's data export joins them. */
  private static String listOrText(Element value) {
    List<String> items = new ArrayList<>();
    addItems(value, items);
    return items.size() > 1 ? String.join("; ", items) : ElementText.of(value);
  }

  /**
   * The texts of the list items inside the element, nested ones too, in document order: what {@code
   * getElementsByTag("li")} finds, without a selector traversal per fact.
   */
  private static void addItems(Element element, List<String> items) {
    for (Element child = element.firstElementChild();
        child != null;
        child = child.nextElementSibling()) {
      if ("li".equals(child.normalName())) {
        String text = ElementText.of(child);
        if (text != null) {
          items.add(text);
        }
      }
      addItems(child, items);
    }
  }

  private static String textAfter(Element heading) {
    List<String> parts = new ArrayList<>();
    for (Element sibling = heading.nextElementSibling();
        sibling != null;
        sibling = sibling.nextElementSibling()) {
      if (isHeading(sibling)) {
        break;
      }
      String text = ElementText.of(sibling);
      if (text != null) {
        parts.add(text);
      }
    }
    return parts.isEmpty() ? null : String.join("\n", parts);
  }

  /** h1 to h6, without a regular expression: asked of many elements per page. */
  static boolean isHeading(Element element) {
    String tag = element.normalName();
    return tag.length() == 2
        && tag.charAt(0) == 'h'
        && tag.charAt(1) >= '1'
        && tag.charAt(1) <= '6';
  }
}

package io.eparwatch.epar;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * One traversal of the page that collects everything the extractors need: the name heading, the
 * section headings, document links (with their section), key-fact label cells and labelled texts.
 * Site chrome (navigation, footer, page header) is skipped so that its links never count; chrome,
 * scripts, styles and icons are skipped whole, which keeps the scan cheap next to the parse itself.
 */
final class PageScan {

  Element nameHeading;
  final List<Element> headings = new ArrayList<>();

  /** The normalized text of each of {@link #headings}, in the same order. */
  final List<String> headingTitles = new ArrayList<>();

  final List<DocumentLink> documentLinks = new ArrayList<>();
  final List<Element> labelCells = new ArrayList<>();
  final List<TextNode> labelledTexts = new ArrayList<>();

  /** Elements whose text starts with "English (EN)": one per document entry, wherever it sits. */
  final List<Element> englishLabels = new ArrayList<>();

  String procedureHeading;
  String ogUpdatedTime;
  Element statusTitleHint;
  Element medicineStatus;
  String firstStatusText;

  private final String origin;
  private final String pageHost;
  private final OpenSections sections = new OpenSections();
  private int mainDepth;

  /**
   * @param pageUrl the page's absolute URL, the base of relative links
   */
  PageScan(String pageUrl) {
    this.origin = LinkUrls.originOf(pageUrl);
    this.pageHost = this.origin == null ? null : LinkUrls.hostOf(this.origin);
  }

  /**
   * Visits {@code node} and, unless it is skipped, everything inside it, in document order. A plain
   * recursive walk: jsoup's {@code NodeTraversor} works out each node's sibling index to tolerate
   * edits during the walk, which this read-only scan does not need.
   */
  void scan(Node node) {
    if (node instanceof Element element) {
      if (!enter(element)) {
        return;
      }
      for (int i = 0, size = element.childNodeSize(); i < size; i++) {
        scan(element.childNode(i));
      }
      if ("main".equals(element.normalName())) {
        mainDepth--;
      }
      sections.leave(element);
    } else if (node instanceof TextNode textNode) {
      text(textNode);
    }
  }

  /** False when the element is skipped whole. */
  private boolean enter(Element element) {
    String tag = element.normalName();
    if ("meta".equals(tag)) {
      meta(element);
      return true;
    }
    // Attribute names are lower case after parsing: a case-sensitive read of the one attribute
    // this needs, without className()'s case-insensitive scan (asked of every element).
    Attributes attributes = element.attributesSize() == 0 ? null : element.attributes();
    String classes = attributes == null ? "" : attributes.get("class");
    if (isOpaque(tag) || isChrome(tag, classes)) {
      return false;
    }
    if ("main".equals(tag)) {
      mainDepth++;
    }
    switch (tag) {
      case "h1":
        if (nameHeading == null) {
          nameHeading = element;
        }
        break;
      case "h2":
      case "h3":
      case "h4":
        heading(element);
        break;
      case "a":
        link(element);
        break;
      case "dt":
      case "th":
        labelCells.add(element);
        break;
      default:
        break;
    }
    statusHints(element, attributes, classes);
    return true;
  }

  /** Scripts, styles and icons: a switch, asked of every element (a set's hash costs more). */
  private static boolean isOpaque(String tag) {
    switch (tag) {
      case "script":
      case "style":
      case "noscript":
      case "svg":
      case "template":
      case "iframe":
        return true;
      default:
        return false;
    }
  }

  private boolean isChrome(String tag, String classes) {
    return "nav".equals(tag)
        || "footer".equals(tag)
        || ("header".equals(tag) && mainDepth == 0)
        || classes.contains("breadcrumb");
  }

  private void meta(Element meta) {
    if ("og:updated_time".equals(meta.attr("property")) && ogUpdatedTime == null) {
      ogUpdatedTime = meta.attr("content");
    }
  }

  private void heading(Element heading) {
    String title = ElementText.of(heading);
    if (title == null) {
      return;
    }
    if (ProcedureLine.is(title)) {
      if (procedureHeading == null) {
        procedureHeading = title;
      }
      return;
    }
    headings.add(heading);
    headingTitles.add(title);
    sections.open(heading, title);
  }

  private void link(Element anchor) {
    DocumentLink link = DocumentLink.of(anchor, origin, pageHost, sections.current());
    if (link != null) {
      documentLinks.add(link);
    }
  }

  private void statusHints(Element element, Attributes attributes, String classes) {
    if (medicineStatus == null && attributes != null && attributes.hasKey("data-medicine-status")) {
      medicineStatus = element;
    }
    if (statusTitleHint == null && classes.contains("status-title")) {
      statusTitleHint = element;
    }
  }

  private void text(TextNode node) {
    String raw = node.getWholeText();
    int first = EmaText.firstNonSpace(raw);
    if (first < 0) {
      return; // most text nodes: the indentation between tags; nothing below reads a blank text
    }
    if (raw.contains("pdated on") || raw.contains("rocedure affecting")) {
      labelledTexts.add(node);
    }
    if (procedureHeading == null
        && raw.contains("/C/")
        && node.parentNode() instanceof Element line) {
      procedureHeading = ProcedureLine.around(line);
    }
    // The label test first: it fails at the text's first letter, the search reads the whole text.
    if (EnglishLabels.startsWithOne(raw)
        && raw.contains("(EN)")
        && node.parentNode() instanceof Element parent) {
      englishLabels.add(parent);
    }
    if (firstStatusText == null && documentLinks.isEmpty()) {
      firstStatusText = StatusTitles.titleOf(raw, first);
    }
  }
}

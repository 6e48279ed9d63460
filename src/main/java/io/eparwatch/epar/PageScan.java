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

  private static final int SKIPPED = 0;
  private static final int ENTERED = 1;
  private static final int ENTERED_MAIN = 2;

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
      int entered = enter(element);
      if (entered == SKIPPED) {
        return;
      }
      for (int i = 0, size = element.childNodeSize(); i < size; i++) {
        scan(element.childNode(i));
      }
      if (entered == ENTERED_MAIN) {
        mainDepth--;
      }
      sections.leave(element);
    } else if (node instanceof TextNode textNode) {
      text(textNode);
    }
  }

  /**
   * {@link #SKIPPED} when the element is skipped whole. The tag is looked at in switches (its hash
   * is kept in the string): at C1, the deployed JVM's compiler, each {@code equals} asked of every
   * element is a call.
   */
  private int enter(Element element) {
    // Attribute names are lower case after parsing: a case-sensitive read of the attributes this
    // needs, without attr()'s case-insensitive scan (asked of every element).
    Attributes attributes = element.attributesSize() == 0 ? null : element.attributes();
    String tag = element.normalName();
    switch (tag) {
      case "meta":
        meta(attributes);
        return ENTERED;
      case "script", "style", "noscript", "svg", "template", "iframe", "nav", "footer":
        return SKIPPED; // scripts, styles, icons and site chrome
      case "header":
        if (mainDepth == 0) {
          return SKIPPED; // the site's header; an article's header inside main is content
        }
        break;
      default:
        break;
    }
    String classes = attributes == null ? "" : attributes.get("class");
    if (classes.contains("breadcrumb")) {
      return SKIPPED;
    }
    int entered = ENTERED;
    switch (tag) {
      case "main":
        mainDepth++;
        entered = ENTERED_MAIN;
        break;
      case "h1":
        if (nameHeading == null) {
          nameHeading = element;
        }
        break;
      case "h2", "h3", "h4":
        heading(element);
        break;
      case "a":
        link(element, attributes);
        break;
      case "dt", "th":
        labelCells.add(element);
        break;
      default:
        break;
    }
    statusHints(element, attributes, classes);
    return entered;
  }

  private void meta(Attributes attributes) {
    if (ogUpdatedTime == null
        && attributes != null
        && "og:updated_time".equals(attributes.get("property"))) {
      ogUpdatedTime = attributes.get("content");
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

  private void link(Element anchor, Attributes attributes) {
    if (attributes == null) {
      return;
    }
    DocumentLink link =
        DocumentLink.of(anchor, attributes.get("href"), origin, pageHost, sections.current());
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
    if (EnglishLabels.startsWithOne(raw, first)
        && raw.contains("(EN)")
        && node.parentNode() instanceof Element parent) {
      englishLabels.add(parent);
    }
    if (firstStatusText == null && documentLinks.isEmpty()) {
      firstStatusText = StatusTitles.titleOf(raw, first);
    }
  }
}

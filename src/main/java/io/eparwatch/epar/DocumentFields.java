package io.eparwatch.epar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Reads one document block, skipping its translation entries so that every size and date comes from
 * the English file. Fields are recognised by their labels ("Reference Number", "First published",
 * "Last updated"), not by class names.
 */
final class DocumentFields {

  private static final Set<String> DOCUMENT_STATUSES =
      Set.of(
          "Adopted",
          "Draft",
          "Draft: consultation open",
          "Draft: consultation closed",
          "Superseded");

  /** 2018–2023 pages showed the reference without a label: "EMA/734400/2015 corr. 1". */
  private static final Pattern UNLABELLED_REFERENCE =
      Pattern.compile("^(?:EMA|EMEA)/(?:[A-Z]+/)*\\d+/\\d{4}\\b.*");

  private static final String REFERENCE_NUMBER = "reference number";
  private static final String FIRST_PUBLISHED = "first published";
  private static final String LAST_UPDATED = "last updated";

  private enum Pending {
    NONE,
    REFERENCE,
    FIRST_PUBLISHED,
    LAST_UPDATED
  }

  private final List<Element> parts;
  private final Set<Element> skipped;
  private Pending pending = Pending.NONE;
  private String title;
  private String referenceNumber;
  private String status;
  private FileSizes.FileSize size;
  private LocalDate firstPublished;
  private LocalDate lastUpdated;

  private DocumentFields(List<Element> parts, Set<Element> skipped) {
    this.parts = parts;
    this.skipped = skipped;
  }

  /** Reads an entry: its element, or the run of sibling elements it is made of, in order. */
  static DocumentFields read(List<Element> parts, Set<Element> translationEntries) {
    DocumentFields fields = new DocumentFields(parts, translationEntries);
    for (Element part : parts) {
      fields.visit(part);
    }
    return fields;
  }

  EparDocument toDocument(DocumentLink english, Set<String> languages) {
    String url = english.url();
    String format = size != null && size.format() != null ? size.format() : formatFromUrl(url);
    return new EparDocument(
        title,
        DocumentKeys.typeOf(url),
        english.section(),
        url,
        referenceNumber,
        status,
        format,
        size == null ? null : size.bytes(),
        firstPublished,
        lastUpdated,
        new ArrayList<>(languages));
  }

  /** The node and what it holds, in document order, but for skipped elements. */
  private void visit(Node node) {
    if (node instanceof Element element) {
      if (entered(element)) {
        for (int i = 0, size = element.childNodeSize(); i < size; i++) {
          visit(element.childNode(i));
        }
      }
    } else if (node instanceof TextNode textNode) {
      String text = EmaText.normalize(textNode.getWholeText());
      if (text != null) {
        text(textNode, text);
      }
    }
  }

  /** False when the element is skipped whole (a translation's entry, an icon, a date read). */
  private boolean entered(Element element) {
    if (skipped.contains(element) || "svg".equals(element.normalName())) {
      return false;
    }
    boolean awaitsDate = pending == Pending.FIRST_PUBLISHED || pending == Pending.LAST_UPDATED;
    if (awaitsDate && "time".equals(element.normalName()) && element.hasAttr("datetime")) {
      setDate(EmaDates.datetimeAttribute(element.attr("datetime")));
      return false;
    }
    return true;
  }

  private void text(TextNode node, String text) {
    if (title == null) {
      title = titleText(node, text);
      return;
    }
    // Each label has a u, and only U lower-cases to one: most texts need no search.
    boolean mayHoldLabel = text.indexOf('u') >= 0 || text.indexOf('U') >= 0;
    if (mayHoldLabel && label(text)) {
      return;
    }
    if (pending == Pending.REFERENCE) {
      referenceNumber = text;
      pending = Pending.NONE;
    } else if (pending != Pending.NONE) {
      setDate(EmaDates.firstDate(text));
    } else if (referenceNumber == null
        && text.startsWith("EM") // the pattern's own start, asked first of every text
        && UNLABELLED_REFERENCE.matcher(text).matches()) {
      referenceNumber = text;
    } else if (status == null && DOCUMENT_STATUSES.contains(text)) {
      status = text;
    } else if (size == null) {
      size = FileSizes.parse(text);
    }
  }

  /** Reads a labelled field ("Reference Number: …", "First published: …"); false if none. */
  private boolean label(String text) {
    int reference = EmaText.indexOfIgnoringAsciiCase(text, REFERENCE_NUMBER);
    if (reference >= 0) {
      referenceNumber = EmaText.from(text, reference + REFERENCE_NUMBER.length());
      pending = referenceNumber == null ? Pending.REFERENCE : Pending.NONE;
      return true;
    }
    int firstPublished = EmaText.indexOfIgnoringAsciiCase(text, FIRST_PUBLISHED);
    if (firstPublished >= 0) {
      labelledDate(
          Pending.FIRST_PUBLISHED, EmaText.from(text, firstPublished + FIRST_PUBLISHED.length()));
      return true;
    }
    int lastUpdated = EmaText.indexOfIgnoringAsciiCase(text, LAST_UPDATED);
    if (lastUpdated >= 0) {
      labelledDate(Pending.LAST_UPDATED, EmaText.from(text, lastUpdated + LAST_UPDATED.length()));
      return true;
    }
    return false;
  }

  private String titleText(TextNode node, String text) {
    Node parent = node.parentNode();
    return parent instanceof Element element && !parts.contains(element)
        ? ElementText.of(element)
        : text;
  }

  private void labelledDate(Pending label, String rest) {
    pending = label;
    LocalDate date = EmaDates.firstDate(rest);
    if (date != null) {
      setDate(date);
    }
  }

  private void setDate(LocalDate date) {
    if (pending == Pending.FIRST_PUBLISHED && firstPublished == null) {
      firstPublished = date;
    } else if (pending == Pending.LAST_UPDATED && lastUpdated == null) {
      lastUpdated = date;
    }
    pending = Pending.NONE;
  }

  private static String formatFromUrl(String url) {
    String lower = url.toLowerCase(Locale.ROOT);
    return DocumentKeys.of(lower).endsWith(".pdf") ? "PDF" : null;
  }
}

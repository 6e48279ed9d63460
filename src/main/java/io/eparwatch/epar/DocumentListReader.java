package io.eparwatch.epar;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.nodes.Element;

/**
 * Groups document links into documents. A document's entry is the largest element around its
 * English link that holds no other document entry and no section heading: no other English
 * document, at most one "English (EN)" label, and no translations of a document whose English link
 * is unreadable (a "file" class, when present, narrows it). Where entries have no wrapper of their
 * own, the entry is the run of sibling elements from its title to its translations ({@link
 * EntryRun}). Every translation link inside the entry belongs to that document.
 *
 * <p>An entry whose English link is missing or not an EMA document link leaves its label or its
 * translations outside every entry: it is reported as unreadable, never merged into a neighbour.
 */
final class DocumentListReader {

  private final List<DocumentLink> links;
  private final EntryMarks marks;

  DocumentListReader(List<DocumentLink> links, List<Element> headings, List<Element> labels) {
    this.links = links;
    this.marks = new EntryMarks(links, headings, labels);
  }

  DocumentList read() {
    Map<Element, Block> blocks = new IdentityHashMap<>();
    Map<String, Block> byKey = new LinkedHashMap<>();
    for (DocumentLink link : links) {
      if (link.isEnglish() && !byKey.containsKey(link.key())) {
        Block block = new Block(link, EntryRun.of(entryOf(link), link.key(), marks));
        block.parts.forEach(part -> blocks.put(part, block));
        byKey.put(link.key(), block);
      }
    }
    for (DocumentLink link : links) {
      Block owner = enclosingBlock(link.anchor(), blocks);
      if (owner == null) {
        owner = byKey.get(link.key());
      }
      if (owner != null) {
        owner.add(link, translationEntryOf(link));
      }
    }
    List<EparDocument> documents = new ArrayList<>(byKey.size());
    byKey.values().forEach(block -> documents.add(block.toDocument()));
    return new DocumentList(documents, unreadable(blocks));
  }

  private Element entryOf(DocumentLink english) {
    String key = english.key();
    Element top = english.anchor();
    while (top.parent() != null && marks.holdsOnly(top.parent(), key)) {
      top = top.parent();
    }
    Element fileHint = null;
    for (Element current = english.anchor(); current != top.parent(); current = current.parent()) {
      // A hint that starts with the English label is only the entry's language line.
      if (current.className().contains("file") && !EntryRun.startsWithLabel(current, marks)) {
        fileHint = current;
      }
    }
    return fileHint != null ? fileHint : top;
  }

  /** A translation's own entry: the largest element around its link that holds no other file. */
  private Element translationEntryOf(DocumentLink link) {
    Element entry = link.anchor();
    while (entry.parent() != null && link.href().equals(marks.urlInside(entry.parent()))) {
      entry = entry.parent();
    }
    return entry;
  }

  /** Entry markers (English labels, orphaned translations) that no document's entry holds. */
  private List<String> unreadable(Map<Element, Block> blocks) {
    Set<Element> entries = new LinkedHashSet<>(); // jsoup elements are equal only to themselves
    for (Element marker : marks.markerElements()) {
      if (enclosingBlock(marker, blocks) == null) {
        Element entry = marker;
        while (entry.parent() != null && marks.holdsOnlyStray(entry.parent())) {
          entry = entry.parent();
        }
        entries.add(entry);
      }
    }
    List<Element> parts =
        entries.stream()
            .filter(entry -> hasAncestorIn(entry, entries) || continuesAnother(entry, entries))
            .toList();
    parts.forEach(entries::remove);
    List<String> problems = new ArrayList<>();
    for (Element entry : entries) {
      problems.add(
          "Document entry skipped: its English link is missing or not an EMA document link (\""
              + snippet(entry)
              + "\")");
    }
    return problems;
  }

  /**
   * Without wrappers one unreadable entry can leave two marks side by side (its label, then its
   * translations): the translations continue the entry before them.
   */
  private boolean continuesAnother(Element entry, Set<Element> entries) {
    if (marks.labels(entry) > 0) {
      return false;
    }
    Element previous = entry.previousElementSibling();
    while (previous != null && marks.isUnmarked(previous)) {
      previous = previous.previousElementSibling();
    }
    return previous != null && entries.contains(previous);
  }

  private static boolean hasAncestorIn(Element element, Set<Element> elements) {
    for (Element current = element.parent(); current != null; current = current.parent()) {
      if (elements.contains(current)) {
        return true;
      }
    }
    return false;
  }

  private static String snippet(Element entry) {
    String text = ElementText.of(entry);
    if (text == null) {
      return "";
    }
    return text.length() > 80 ? text.substring(0, 80) + "…" : text;
  }

  private static Block enclosingBlock(Element anchor, Map<Element, Block> blocks) {
    for (Element current = anchor; current != null; current = current.parent()) {
      Block block = blocks.get(current);
      if (block != null) {
        return block;
      }
    }
    return null;
  }

  /** The documents of a page, and a sentence for every entry that could not be read. */
  record DocumentList(List<EparDocument> documents, List<String> unreadable) {}

  private static final class Block {
    final DocumentLink english;
    final List<Element> parts;
    final Set<String> languages = new TreeSet<>();
    final Set<Element> translationEntries = Collections.newSetFromMap(new IdentityHashMap<>());

    Block(DocumentLink english, List<Element> parts) {
      this.english = english;
      this.parts = parts;
    }

    void add(DocumentLink link, Element entry) {
      languages.add(link.languageOrEnglish());
      if (!link.isEnglish()) {
        translationEntries.add(entry);
      }
    }

    EparDocument toDocument() {
      return DocumentFields.read(parts, translationEntries).toDocument(english, languages);
    }
  }
}

package io.eparwatch.epar;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.nodes.Element;

/**
 * Groups document links into documents. A document's block is the largest element around its
 * English link that holds no other English document and no section heading (a "file" class, when
 * present, narrows it); every translation link inside the block belongs to that document.
 */
final class DocumentListReader {

  private static final String SEVERAL = "\u0000several";

  private final List<DocumentLink> links;
  private final Map<Element, Boolean> holdsHeading;
  private final Map<Element, String> keyInside;
  private final Map<Element, String> urlInside;

  DocumentListReader(List<DocumentLink> links, List<Element> headings) {
    this.links = links;
    // Marking stops at the first ancestor already marked, so the maps hold about one entry per
    // link plus the shared ancestors: sized for that, they grow rarely and stay small.
    int expected = links.size() + headings.size() + 32;
    this.holdsHeading = new IdentityHashMap<>(expected);
    this.keyInside = new IdentityHashMap<>(expected);
    this.urlInside = new IdentityHashMap<>(expected);
    headings.forEach(heading -> markAncestors(heading, holdsHeading));
    for (DocumentLink link : links) {
      mark(link.anchor(), link.href(), urlInside);
      if (link.isEnglish()) {
        mark(link.anchor(), link.key(), keyInside);
      }
    }
  }

  List<EparDocument> read() {
    Map<Element, Block> blocks = new IdentityHashMap<>();
    Map<String, Block> byKey = new LinkedHashMap<>();
    for (DocumentLink link : links) {
      if (link.isEnglish() && !byKey.containsKey(link.key())) {
        Block block = new Block(link, blockOf(link));
        blocks.put(block.element, block);
        byKey.put(link.key(), block);
      }
    }
    for (DocumentLink link : links) {
      Block owner = enclosingBlock(link.anchor(), blocks);
      if (owner == null) {
        owner = byKey.get(link.key());
      }
      if (owner != null) {
        owner.add(link, entryOf(link));
      }
    }
    List<EparDocument> documents = new ArrayList<>();
    byKey.values().forEach(block -> documents.add(block.toDocument()));
    return documents;
  }

  private Element blockOf(DocumentLink english) {
    String key = english.key();
    Element top = english.anchor();
    while (top.parent() != null
        && key.equals(keyInside.get(top.parent()))
        && !holdsHeading.containsKey(top.parent())
        && !"body".equals(top.parent().normalName())) {
      top = top.parent();
    }
    Element fileHint = null;
    for (Element current = english.anchor(); current != top.parent(); current = current.parent()) {
      if (current.className().contains("file")) {
        fileHint = current;
      }
    }
    return fileHint != null ? fileHint : top;
  }

  /** A translation's own entry: the largest element around its link that holds no other file. */
  private Element entryOf(DocumentLink link) {
    Element entry = link.anchor();
    while (entry.parent() != null && link.href().equals(urlInside.get(entry.parent()))) {
      entry = entry.parent();
    }
    return entry;
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

  private static void mark(Element from, String value, Map<Element, String> marks) {
    for (Element current = from; current != null; current = current.parent()) {
      String existing = marks.putIfAbsent(current, value);
      if (existing != null) {
        // Above an element already marked, every ancestor is marked consistently unless this
        // element now turns into a meeting point of two values.
        if (existing.equals(value) || SEVERAL.equals(existing)) {
          return;
        }
        marks.put(current, SEVERAL);
      }
    }
  }

  private static void markAncestors(Element from, Map<Element, Boolean> marks) {
    for (Element current = from; current != null; current = current.parent()) {
      if (marks.put(current, Boolean.TRUE) != null) {
        return;
      }
    }
  }

  private static final class Block {
    final DocumentLink english;
    final Element element;
    final Set<String> languages = new TreeSet<>();
    final Set<Element> translationEntries =
        java.util.Collections.newSetFromMap(new IdentityHashMap<>());

    Block(DocumentLink english, Element element) {
      this.english = english;
      this.element = element;
    }

    void add(DocumentLink link, Element entry) {
      languages.add(link.languageOrEnglish());
      if (!link.isEnglish()) {
        translationEntries.add(entry);
      }
    }

    EparDocument toDocument() {
      return DocumentFields.read(element, translationEntries).toDocument(english, languages);
    }
  }
}

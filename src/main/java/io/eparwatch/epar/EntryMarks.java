package io.eparwatch.epar;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * What each element of the page holds that marks a document entry: English document links (by key),
 * all document links, "English (EN)" labels, section headings, and translations whose English link
 * is unreadable ("orphans"). An element holds one entry at most when it holds at most one of each,
 * so a document's entry can grow up to the point where another entry begins, whatever wrappers (or
 * none) the entries sit in.
 */
final class EntryMarks {

  private static final String SEVERAL = "\u0000several";

  private final Map<Element, Boolean> holdsHeading;
  private final Map<Element, String> keyInside;
  private final Map<Element, String> anyKeyInside;
  private final Map<Element, String> urlInside;
  private final Map<Element, Integer> labelsInside;
  private final Map<Element, String> orphanInside;
  private final List<Element> labels;
  private final Set<Element> labelSet = Collections.newSetFromMap(new IdentityHashMap<>());
  private final List<Element> orphanCores = new ArrayList<>();

  EntryMarks(List<DocumentLink> links, List<Element> headings, List<Element> labels) {
    this.labels = labels;
    this.labelSet.addAll(labels);
    // Marking stops at the first ancestor already marked, so the maps hold about one entry per
    // link plus the shared ancestors: sized for that, they grow rarely and stay small.
    int expected = links.size() + headings.size() + 32;
    this.holdsHeading = new IdentityHashMap<>(expected);
    this.keyInside = new IdentityHashMap<>(expected);
    this.anyKeyInside = new IdentityHashMap<>(expected);
    this.urlInside = new IdentityHashMap<>(expected);
    this.labelsInside = new IdentityHashMap<>();
    this.orphanInside = new IdentityHashMap<>();
    headings.forEach(heading -> markAncestors(heading, holdsHeading));
    labels.forEach(this::countLabel);
    for (DocumentLink link : links) {
      mark(link.anchor(), link.href(), urlInside);
      mark(link.anchor(), link.key(), anyKeyInside);
      if (link.isEnglish()) {
        mark(link.anchor(), link.key(), keyInside);
      }
    }
    markOrphans(links);
  }

  /** Whether the element holds the entry of document {@code key} and nothing of another entry. */
  boolean holdsOnly(Element element, String key) {
    return key.equals(keyInside.get(element))
        && labels(element) <= 1
        && !orphanInside.containsKey(element)
        && !holdsHeading.containsKey(element)
        && !"body".equals(element.normalName());
  }

  /** Whether the element holds at most one unreadable entry and no readable one. */
  boolean holdsOnlyStray(Element element) {
    return !keyInside.containsKey(element)
        && labels(element) <= 1
        && !SEVERAL.equals(orphanInside.get(element))
        && !holdsHeading.containsKey(element)
        && !"body".equals(element.normalName());
  }

  /** Whether the element holds no mark of any entry at all: text such as a title. */
  boolean isUnmarked(Element element) {
    return !anyKeyInside.containsKey(element)
        && labels(element) == 0
        && !orphanInside.containsKey(element)
        && !holdsHeading.containsKey(element)
        && !KeyFacts.isHeading(element);
  }

  /** Whether the element holds the translations of {@code key} and no other mark. */
  boolean holdsOnlyTranslationsOf(Element element, String key) {
    return key.equals(anyKeyInside.get(element))
        && !keyInside.containsKey(element)
        && labels(element) == 0
        && !holdsHeading.containsKey(element);
  }

  /** Whether the element holds exactly one English label and no document link or heading. */
  boolean holdsOnlyALabel(Element element) {
    return labels(element) == 1
        && !anyKeyInside.containsKey(element)
        && !orphanInside.containsKey(element)
        && !holdsHeading.containsKey(element);
  }

  boolean hasLabels() {
    return !labels.isEmpty();
  }

  boolean isLabel(Element element) {
    return labelSet.contains(element);
  }

  int labels(Element element) {
    return labelsInside.getOrDefault(element, 0);
  }

  String urlInside(Element element) {
    return urlInside.get(element);
  }

  /** Elements that each stand for one entry: English labels and the cores of orphans. */
  List<Element> markerElements() {
    List<Element> markers = new ArrayList<>(labels);
    markers.addAll(orphanCores);
    return markers;
  }

  private void countLabel(Element label) {
    for (Element current = label; current != null; current = current.parent()) {
      int before = labelsInside.getOrDefault(current, 0);
      if (before >= 2) {
        return; // every ancestor above already counts two or more
      }
      labelsInside.put(current, before + 1);
    }
  }

  /**
   * Translations whose key has no English link are an entry of their own (its English link is
   * unreadable) unless they sit inside the entry of a document with English: a translation whose
   * file name differs from the English one (EMA does that) belongs to its document's entry.
   */
  private void markOrphans(List<DocumentLink> links) {
    Set<String> englishKeys = new HashSet<>();
    links.stream().filter(DocumentLink::isEnglish).forEach(link -> englishKeys.add(link.key()));
    Map<String, Element> cores = new LinkedHashMap<>();
    for (DocumentLink link : links) {
      if (!englishKeys.contains(link.key())) {
        cores.merge(link.key(), link.anchor(), EntryMarks::commonAncestor);
      }
    }
    if (cores.isEmpty()) {
      return;
    }
    Map<String, Element> englishCores = new LinkedHashMap<>();
    for (DocumentLink link : links) {
      if (!cores.containsKey(link.key())) {
        englishCores.merge(link.key(), link.anchor(), EntryMarks::commonAncestor);
      }
    }
    Set<Element> englishCoreSet = Collections.newSetFromMap(new IdentityHashMap<>());
    englishCoreSet.addAll(englishCores.values());
    cores.forEach(
        (key, core) -> {
          if (!insideAny(core, englishCoreSet)) {
            orphanCores.add(core);
            mark(core, key, orphanInside);
          }
        });
  }

  private static boolean insideAny(Element element, Set<Element> candidates) {
    for (Element current = element; current != null; current = current.parent()) {
      if (candidates.contains(current)) {
        return true;
      }
    }
    return false;
  }

  private static Element commonAncestor(Element a, Element b) {
    Set<Element> ancestorsOfA = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element current = a; current != null; current = current.parent()) {
      ancestorsOfA.add(current);
    }
    for (Element current = b; current != null; current = current.parent()) {
      if (ancestorsOfA.contains(current)) {
        return current;
      }
    }
    return a;
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
}

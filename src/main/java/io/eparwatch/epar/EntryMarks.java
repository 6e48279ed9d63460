package io.eparwatch.epar;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
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

  /**
   * What one element holds; {@code values} by the slots below, each a value or {@link #SEVERAL}.
   */
  private static final class Mark {
    boolean heading;
    int labels;
    final String[] values = new String[4];
  }

  private static final int KEY = 0;
  private static final int ANY_KEY = 1;
  private static final int URL = 2;
  private static final int ORPHAN = 3;
  private static final Mark NONE = new Mark();

  /** One map, one lookup per question (it asks up to five things of an element). */
  private final Map<Element, Mark> marks;

  private final List<Element> labels;
  private final Set<Element> labelSet = Collections.newSetFromMap(new IdentityHashMap<>());
  private final List<Element> orphanCores = new ArrayList<>();

  EntryMarks(List<DocumentLink> links, List<Element> headings, List<Element> labels) {
    this.labels = labels;
    this.labelSet.addAll(labels);
    // Marking stops at the first ancestor already marked, so the map holds about one entry per
    // link plus the shared ancestors: sized for that, it grows rarely.
    this.marks = new IdentityHashMap<>(2 * links.size() + headings.size() + 32);
    headings.forEach(this::markHeading);
    labels.forEach(this::countLabel);
    links.forEach(this::markLink);
    OrphanCores.of(links)
        .forEach(
            (key, core) -> {
              orphanCores.add(core);
              mark(core, key, ORPHAN);
            });
  }

  /** Whether the element holds the entry of document {@code key} and nothing of another entry. */
  boolean holdsOnly(Element element, String key) {
    Mark mark = of(element);
    return key.equals(mark.values[KEY])
        && mark.labels <= 1
        && mark.values[ORPHAN] == null
        && !mark.heading
        && !"body".equals(element.normalName());
  }

  /** Whether the element holds at most one unreadable entry and no readable one. */
  boolean holdsOnlyStray(Element element) {
    Mark mark = of(element);
    return mark.values[KEY] == null
        && mark.labels <= 1
        && !SEVERAL.equals(mark.values[ORPHAN])
        && !mark.heading
        && !"body".equals(element.normalName());
  }

  /** Whether the element holds no mark of any entry at all: text such as a title. */
  boolean isUnmarked(Element element) {
    Mark mark = of(element);
    return mark.values[ANY_KEY] == null
        && mark.labels == 0
        && mark.values[ORPHAN] == null
        && !mark.heading
        && !KeyFacts.isHeading(element);
  }

  /** Whether the element holds the translations of {@code key} and no other mark. */
  boolean holdsOnlyTranslationsOf(Element element, String key) {
    Mark mark = of(element);
    return key.equals(mark.values[ANY_KEY])
        && mark.values[KEY] == null
        && mark.labels == 0
        && !mark.heading;
  }

  /** Whether the element holds exactly one English label and no document link or heading. */
  boolean holdsOnlyALabel(Element element) {
    Mark mark = of(element);
    return mark.labels == 1
        && mark.values[ANY_KEY] == null
        && mark.values[ORPHAN] == null
        && !mark.heading;
  }

  boolean hasLabels() {
    return !labels.isEmpty();
  }

  boolean isLabel(Element element) {
    return labelSet.contains(element);
  }

  int labels(Element element) {
    return of(element).labels;
  }

  String urlInside(Element element) {
    return of(element).values[URL];
  }

  private Mark of(Element element) {
    Mark mark = marks.get(element);
    return mark == null ? NONE : mark;
  }

  private Mark markOf(Element element) {
    return marks.computeIfAbsent(element, e -> new Mark());
  }

  /** Elements that each stand for one entry: English labels and the cores of orphans. */
  List<Element> markerElements() {
    List<Element> markers = new ArrayList<>(labels);
    markers.addAll(orphanCores);
    return markers;
  }

  private void countLabel(Element label) {
    for (Element current = label; current != null; current = current.parent()) {
      Mark mark = markOf(current);
      if (mark.labels >= 2) {
        return; // every ancestor above already counts two or more
      }
      mark.labels++;
    }
  }

  private void mark(Element from, String value, int slot) {
    for (Element current = from; current != null; current = current.parent()) {
      if (!put(markOf(current).values, slot, value)) {
        return;
      }
    }
  }

  /** A link's three marks in one climb: each slot stops where the ancestors above need nothing. */
  private void markLink(DocumentLink link) {
    boolean url = true;
    boolean anyKey = true;
    boolean key = link.isEnglish();
    for (Element current = link.anchor();
        current != null && (url || anyKey || key);
        current = current.parent()) {
      String[] values = markOf(current).values;
      url = url && put(values, URL, link.href());
      anyKey = anyKey && put(values, ANY_KEY, link.key());
      key = key && put(values, KEY, link.key());
    }
  }

  /**
   * Records {@code value} in the slot; false when it was already there or the slot already holds
   * several: above such an element every ancestor is marked consistently.
   */
  private static boolean put(String[] values, int slot, String value) {
    String existing = values[slot];
    if (existing == null) {
      values[slot] = value;
      return true;
    }
    if (existing.equals(value) || SEVERAL.equals(existing)) {
      return false;
    }
    values[slot] = SEVERAL;
    return true;
  }

  private void markHeading(Element heading) {
    for (Element current = heading; current != null; current = current.parent()) {
      Mark mark = markOf(current);
      if (mark.heading) {
        return;
      }
      mark.heading = true;
    }
  }
}

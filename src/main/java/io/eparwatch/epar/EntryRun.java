package io.eparwatch.epar;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The elements of one document entry. With a wrapper per entry that is the wrapper alone; where
 * entries have no wrapper and their parts sit side by side in one container, it is the run of
 * siblings around the English link: its "English (EN)" label, the title just before an entry that
 * starts with that label, and the translations that follow. Nothing that marks another entry is
 * ever taken in.
 */
final class EntryRun {

  private EntryRun() {}

  static List<Element> of(Element entry, String key, EntryMarks marks) {
    Deque<Element> parts = new ArrayDeque<>(2);
    parts.add(entry);
    if (marks.hasLabels() && marks.labels(entry) == 0) {
      Element previous = entry.previousElementSibling();
      if (previous != null && marks.holdsOnlyALabel(previous)) {
        parts.addFirst(previous);
      }
    }
    if (startsWithLabel(parts.getFirst(), marks)) {
      Element previous = parts.getFirst().previousElementSibling();
      if (previous != null && marks.isUnmarked(previous)) {
        parts.addFirst(previous);
      }
    }
    for (Element next = entry.nextElementSibling();
        next != null && marks.holdsOnlyTranslationsOf(next, key);
        next = next.nextElementSibling()) {
      parts.addLast(next);
    }
    return List.copyOf(parts);
  }

  /** Whether the element's first text is the English label: its entry's title is elsewhere. */
  static boolean startsWithLabel(Element element, EntryMarks marks) {
    if (!marks.hasLabels() || marks.labels(element) == 0) {
      return false;
    }
    TextNode first = firstText(element);
    return first != null && first.parentNode() instanceof Element parent && marks.isLabel(parent);
  }

  /** The first text inside the node with a visible character, in document order; null if none. */
  private static TextNode firstText(Node node) {
    for (int i = 0, size = node.childNodeSize(); i < size; i++) {
      Node child = node.childNode(i);
      if (child instanceof TextNode text) {
        if (!text.isBlank()) {
          return text;
        }
      } else if (child instanceof Element) {
        TextNode first = firstText(child);
        if (first != null) {
          return first;
        }
      }
    }
    return null;
  }
}

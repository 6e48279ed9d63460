package io.eparwatch.epar;

import java.util.ArrayDeque;
import java.util.Deque;
import org.jsoup.nodes.Element;

/**
 * The sections the page traversal is inside, innermost first: a heading opens one, owned by the
 * element the heading introduces, and it closes when the traversal leaves that element. A document
 * link belongs to the innermost open section.
 */
final class OpenSections {

  private record Section(Element owner, String title) {}

  private final Deque<Section> open = new ArrayDeque<>();

  /** A heading with this title; it replaces a section of the same owner (its sibling heading). */
  void open(Element heading, String title) {
    Element owner = ownerOf(heading);
    if (!open.isEmpty() && open.peek().owner() == owner) {
      open.pop();
    }
    open.push(new Section(owner, title));
  }

  /** The traversal leaves {@code element}: the sections it owned close. */
  void leave(Element element) {
    while (!open.isEmpty() && open.peek().owner() == element) {
      open.pop();
    }
  }

  /** The innermost open section's title, or null outside any. */
  String current() {
    return open.isEmpty() ? null : open.peek().title();
  }

  /** The element a heading introduces: its nearest ancestor that holds more than the heading. */
  private static Element ownerOf(Element heading) {
    Element current = heading;
    while (current.parent() != null && isOnlyElementChild(current)) {
      current = current.parent();
    }
    return current.parent() == null ? current : current.parent();
  }

  /**
   * Whether the element has no element siblings: read from its neighbours, as jsoup's {@code
   * childrenSize()} builds and caches the parent's whole child-element list.
   */
  private static boolean isOnlyElementChild(Element element) {
    return element.previousElementSibling() == null && element.nextElementSibling() == null;
  }
}

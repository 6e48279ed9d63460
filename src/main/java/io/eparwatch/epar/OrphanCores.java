package io.eparwatch.epar;

import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Translations whose key has no English link are an entry of their own (its English link is
 * unreadable) unless they sit inside the entry of a document with English: a translation whose file
 * name differs from the English one (EMA does that) belongs to its document's entry.
 */
final class OrphanCores {

  private OrphanCores() {}

  /** The core (smallest element holding all its links) of each orphaned key, in page order. */
  static Map<String, Element> of(List<DocumentLink> links) {
    Set<String> englishKeys = new HashSet<>();
    links.stream().filter(DocumentLink::isEnglish).forEach(link -> englishKeys.add(link.key()));
    Map<String, Element> cores = new LinkedHashMap<>();
    for (DocumentLink link : links) {
      if (!englishKeys.contains(link.key())) {
        cores.merge(link.key(), link.anchor(), OrphanCores::commonAncestor);
      }
    }
    if (cores.isEmpty()) {
      return cores;
    }
    Map<String, Element> englishCores = new LinkedHashMap<>();
    for (DocumentLink link : links) {
      if (!cores.containsKey(link.key())) {
        englishCores.merge(link.key(), link.anchor(), OrphanCores::commonAncestor);
      }
    }
    Set<Element> englishCoreSet = Collections.newSetFromMap(new IdentityHashMap<>());
    englishCoreSet.addAll(englishCores.values());
    cores.values().removeIf(core -> insideAny(core, englishCoreSet));
    return cores;
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
}

package io.eparwatch.change;

import io.eparwatch.epar.EmaText;
import io.eparwatch.epar.EparDocument;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/** Document-level changes, matching documents by {@link EparDocument#key()} only. */
final class DocumentDiffer {

  private static final String ENGLISH = "en";

  /** The document fields compared, in the order their changes are reported. */
  private static final Map<String, Function<EparDocument, ?>> FIELDS = new LinkedHashMap<>();

  static {
    FIELDS.put("lastUpdated", EparDocument::lastUpdated);
    FIELDS.put("size", EparDocument::sizeBytes);
    FIELDS.put("title", EparDocument::title);
    FIELDS.put("referenceNumber", EparDocument::referenceNumber);
  }

  /** The names of the compared fields, in order. */
  static final List<String> FIELD_NAMES = List.copyOf(FIELDS.keySet());

  /** The display value of {@code field} (one of {@link #FIELDS}) of {@code document}. */
  static String displayOf(EparDocument document, String field) {
    Function<EparDocument, ?> value = FIELDS.get(field);
    return value == null ? null : DisplayText.of(value.apply(document));
  }

  List<Change> diff(List<EparDocument> before, List<EparDocument> after) {
    Map<String, EparDocument> oldByKey = byKey(before);
    Map<String, EparDocument> newByKey = byKey(after);
    List<Change> changes = new ArrayList<>();
    for (Map.Entry<String, EparDocument> entry : newByKey.entrySet()) {
      EparDocument oldDocument = oldByKey.get(entry.getKey());
      if (oldDocument == null) {
        changes.add(Change.documentAdded(entry.getValue()));
      } else {
        changes.addAll(diffSameDocument(oldDocument, entry.getValue()));
      }
    }
    for (Map.Entry<String, EparDocument> entry : oldByKey.entrySet()) {
      if (!newByKey.containsKey(entry.getKey())) {
        changes.add(Change.documentRemoved(entry.getValue()));
      }
    }
    return changes;
  }

  /** How many document fields {@link #diff} would report as gone (a value, then none). */
  long losses(List<EparDocument> before, List<EparDocument> after) {
    Map<String, EparDocument> oldByKey = byKey(before);
    Map<String, EparDocument> seen = new HashMap<>();
    long lost = 0;
    for (EparDocument document : after) {
      String key = document.key();
      EparDocument oldDocument = oldByKey.get(key);
      if (oldDocument == null || seen.putIfAbsent(key, document) != null) {
        continue;
      }
      for (Function<EparDocument, ?> value : FIELDS.values()) {
        Object oldValue = value.apply(oldDocument);
        Object newValue = value.apply(document);
        if (!Objects.equals(oldValue, newValue)
            && DisplayText.of(oldValue) != null
            && DisplayText.of(newValue) == null) {
          lost++;
        }
      }
    }
    return lost;
  }

  private List<Change> diffSameDocument(EparDocument before, EparDocument after) {
    List<Change> changes = new ArrayList<>();
    FIELDS.forEach(
        (field, value) -> {
          Object oldRaw = value.apply(before);
          Object newRaw = value.apply(after);
          if (Objects.equals(oldRaw, newRaw)) {
            return; // the same value has the same display form
          }
          String oldValue = DisplayText.of(oldRaw);
          String newValue = DisplayText.of(newRaw);
          if (!EmaText.sameIgnoringWhitespace(oldValue, newValue)) {
            changes.add(Change.documentUpdated(after, field, oldValue, newValue));
          }
        });
    if (before.languages().equals(after.languages())) {
      return changes;
    }
    Set<String> oldLanguages = translations(before);
    Set<String> newLanguages = translations(after);
    for (String language : newLanguages) {
      if (!oldLanguages.contains(language)) {
        changes.add(Change.translationAdded(after, language));
      }
    }
    for (String language : oldLanguages) {
      if (!newLanguages.contains(language)) {
        changes.add(Change.translationRemoved(after, language));
      }
    }
    return changes;
  }

  /**
   * First occurrence wins: a page listing the same document twice still yields one event per key.
   */
  private static Map<String, EparDocument> byKey(List<EparDocument> documents) {
    Map<String, EparDocument> byKey = new LinkedHashMap<>();
    for (EparDocument document : documents) {
      byKey.putIfAbsent(document.key(), document);
    }
    return byKey;
  }

  private static Set<String> translations(EparDocument document) {
    Set<String> languages = new LinkedHashSet<>();
    for (String language : document.languages()) {
      String code = EmaText.normalize(language);
      if (code != null && !code.equalsIgnoreCase(ENGLISH)) {
        languages.add(code.toLowerCase(Locale.ROOT));
      }
    }
    return languages;
  }
}

package io.eparwatch.change;

import io.eparwatch.epar.EparDocument;
import java.util.Objects;

/**
 * One typed change between two versions of an EPAR page. Document changes carry the document's key,
 * title and URL; {@code field}, {@code before}, {@code after} and {@code diff} are display strings,
 * null where they do not apply.
 */
public record Change(
    ChangeType type,
    String documentKey,
    String documentTitle,
    String documentUrl,
    String language,
    String field,
    String before,
    String after,
    String diff) {

  public Change {
    Objects.requireNonNull(type, "type");
  }

  public static Change documentAdded(EparDocument document) {
    return ofDocument(ChangeType.DOCUMENT_ADDED, document, null, null, null, null);
  }

  /** {@code document} is the old version, the last one that was seen. */
  public static Change documentRemoved(EparDocument document) {
    return ofDocument(ChangeType.DOCUMENT_REMOVED, document, null, null, null, null);
  }

  /**
   * {@code document} is the new version; {@code field} is one of lastUpdated, size, title,
   * referenceNumber.
   */
  public static Change documentUpdated(
      EparDocument document, String field, String before, String after) {
    return ofDocument(ChangeType.DOCUMENT_UPDATED, document, null, field, before, after);
  }

  public static Change translationAdded(EparDocument document, String language) {
    return ofDocument(ChangeType.TRANSLATION_ADDED, document, language, null, null, null);
  }

  public static Change translationRemoved(EparDocument document, String language) {
    return ofDocument(ChangeType.TRANSLATION_REMOVED, document, language, null, null, null);
  }

  /** A page-level field; {@code diff} is a word diff for text fields, else null. */
  public static Change fieldChanged(String field, String before, String after, String diff) {
    return new Change(ChangeType.FIELD_CHANGED, null, null, null, null, field, before, after, diff);
  }

  private static Change ofDocument(
      ChangeType type,
      EparDocument document,
      String language,
      String field,
      String before,
      String after) {
    return new Change(
        type,
        document.key(),
        document.title(),
        document.url(),
        language,
        field,
        before,
        after,
        null);
  }
}

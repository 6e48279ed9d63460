package io.eparwatch.change;

/** What kind of change a {@link Change} reports. */
public enum ChangeType {
  DOCUMENT_ADDED,
  DOCUMENT_REMOVED,
  DOCUMENT_UPDATED,
  TRANSLATION_ADDED,
  TRANSLATION_REMOVED,
  FIELD_CHANGED,
  /** Emitted by the export feature for a newly watched medicine; the page differ never emits it. */
  MEDICINE_ADDED
}

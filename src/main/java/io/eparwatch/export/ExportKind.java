package io.eparwatch.export;

/** EMA's two data exports. */
public enum ExportKind {
  MEDICINES,
  DOCUMENTS
}

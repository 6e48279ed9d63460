package io.eparwatch.change;

import io.eparwatch.epar.EmaText;

/**
 * The comparable display form of a value: whitespace-only differences must never count as changes.
 */
final class DisplayText {

  private DisplayText() {}

  static String of(Object value) {
    return value == null ? null : EmaText.normalize(value.toString());
  }
}

package io.eparwatch.export;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The forms one key of an export record is known to take. A value in none of them, like a key that
 * is missing, is format drift: EMA changed the export, and the value must not be read as "empty".
 */
enum ValueFormat {
  /** Any scalar; blank means no value. */
  TEXT,
  /** {@code dd/mm/yyyy}, {@code yyyy-mm-dd} or an ISO 8601 date-time, or blank. */
  DATE,
  /** Digits, or blank. */
  WHOLE_NUMBER,
  /** {@code Yes} or {@code No}, or blank. */
  YES_NO,
  /** A map of language code to URL; {@code []}, null or an absent key mean English only. */
  TRANSLATIONS;

  /** Whether the key may be left out of a record without that meaning a schema change. */
  boolean mayBeAbsent() {
    return this == TRANSLATIONS;
  }

  /** Whether a present value takes one of the known forms. */
  boolean readable(JsonNode value) {
    if (value.isNull()) {
      return true;
    }
    if (this == TRANSLATIONS) {
      return value.isObject() || value.isArray() && value.isEmpty();
    }
    if (!value.isValueNode()) {
      return false;
    }
    String text = ExportValues.text(value.asText());
    return text == null || knownText(text);
  }

  private boolean knownText(String text) {
    return switch (this) {
      case DATE -> ExportValues.date(text) != null;
      case WHOLE_NUMBER -> ExportValues.wholeNumber(text) != null;
      case YES_NO -> "yes".equalsIgnoreCase(text) || "no".equalsIgnoreCase(text);
      default -> true;
    };
  }
}

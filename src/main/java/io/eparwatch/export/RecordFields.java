package io.eparwatch.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.Set;

/**
 * Cleaned access to the fields of one {@code data} record; every value goes through {@link
 * ExportValues}.
 */
final class RecordFields {

  private final ObjectNode record;
  private final Canonical canonical;
  private final Set<String> unknown;

  /** {@code unknown}: the keys that are missing or in no known form in this record. */
  RecordFields(ObjectNode record, Canonical canonical, Set<String> unknown) {
    this.record = record;
    this.canonical = canonical;
    this.unknown = unknown;
  }

  Set<String> unknown() {
    return unknown;
  }

  boolean has(String key) {
    return record.has(key);
  }

  JsonNode node(String key) {
    return record.get(key);
  }

  String text(String key) {
    return ExportValues.text(raw(record.get(key)));
  }

  /** For values that repeat across records (statuses, types, product numbers). */
  String shared(String key) {
    return canonical.of(text(key));
  }

  /** The first of the keys with a value: human and veterinary variants of one field. */
  String firstText(String key, String fallbackKey) {
    String value = text(key);
    return value != null ? value : text(fallbackKey);
  }

  String list(String key) {
    return ExportValues.list(raw(record.get(key)));
  }

  LocalDate date(String key) {
    return ExportValues.date(raw(record.get(key)));
  }

  boolean yes(String key) {
    return ExportValues.isYes(raw(record.get(key)));
  }

  <V> V shared(V value) {
    return canonical.of(value);
  }

  /** The string form of a scalar; null for JSON null, objects and arrays. */
  static String raw(JsonNode value) {
    return value == null || value.isNull() || !value.isValueNode() ? null : value.asText();
  }
}

package io.eparwatch.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/** Maps records of the EPAR documents JSON report. */
final class DocumentRecords implements RecordMapper<DocumentRecord> {

  private static final List<String> REQUIRED =
      List.of("id", "name", "type", "ema_product_number", "document_url");

  private static final Map<String, ValueFormat> CHECKED = checked();

  /** EMA's placeholder for documents without a status; EPAR pages show none for them. */
  private static final String NO_STATUS = "unknown";

  @Override
  public String kind() {
    return "document";
  }

  @Override
  public List<String> requiredKeys() {
    return REQUIRED;
  }

  @Override
  public String unstorable(DocumentRecord record) {
    return record.productNumber().length() > MedicineRecords.MAX_PRODUCT_NUMBER
        ? "product number longer than " + MedicineRecords.MAX_PRODUCT_NUMBER + " characters"
        : null;
  }

  @Override
  public Map<String, ValueFormat> checkedKeys() {
    return CHECKED;
  }

  @Override
  public DocumentRecord map(RecordFields fields) {
    return new DocumentRecord(
        fields.text("id"),
        fields.text("name"),
        fields.shared("type"),
        fields.shared("ema_product_number"),
        status(fields),
        fields.date("first_published_date"),
        fields.date("last_updated_date"),
        fields.text("reference_number"),
        fields.text("document_url"),
        fields.shared(languages(fields.node("translations"))),
        fields.unknown());
  }

  private static Map<String, ValueFormat> checked() {
    Map<String, ValueFormat> keys = new LinkedHashMap<>();
    for (String key : List.of("id", "name", "type", "ema_product_number", "document_url")) {
      keys.put(key, ValueFormat.TEXT);
    }
    keys.put("status", ValueFormat.TEXT);
    keys.put("first_published_date", ValueFormat.DATE);
    keys.put("last_updated_date", ValueFormat.DATE);
    keys.put("reference_number", ValueFormat.TEXT);
    keys.put("translations", ValueFormat.TRANSLATIONS);
    return Collections.unmodifiableMap(keys);
  }

  private static String status(RecordFields fields) {
    String status = fields.shared("status");
    return NO_STATUS.equalsIgnoreCase(status) ? null : status;
  }

  /**
   * English plus every translation with a URL. An empty map may arrive as {@code []} or {@code
   * null} (PHP-style JSON), which means English only.
   */
  private static List<String> languages(JsonNode translations) {
    TreeSet<String> codes = new TreeSet<>();
    codes.add("en");
    if (translations != null && translations.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> entries = translations.fields();
      while (entries.hasNext()) {
        Map.Entry<String, JsonNode> entry = entries.next();
        String code = ExportValues.text(entry.getKey());
        if (code != null && ExportValues.text(RecordFields.raw(entry.getValue())) != null) {
          codes.add(code.toLowerCase(Locale.ROOT));
        }
      }
    }
    return List.copyOf(codes);
  }
}

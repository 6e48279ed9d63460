package io.eparwatch.export;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Streams one export envelope: {@code meta} and then one {@code data} record at a time, so memory
 * holds the compact records and never the file. Each step returns null or the reason to reject.
 */
final class ExportStream<T> {

  private static final Logger LOG = Logger.getLogger(ExportStream.class);

  // The caller owns the stream and closes it.
  private static final ObjectMapper MAPPER =
      JsonMapper.builder().disable(StreamReadFeature.AUTO_CLOSE_SOURCE).build();
  private static final String NOT_AN_EXPORT =
      "not an EMA export: expected a JSON object with \"meta\" and \"data\"";

  /** Both exports name a record's product by this key. */
  private static final String PRODUCT_KEY = "ema_product_number";

  private final RecordMapper<T> mapper;
  private final DriftTally tally;
  private final double maxDriftShare;
  private final Canonical canonical = new Canonical();
  private final List<T> records = new ArrayList<>();
  private ExportMeta meta;
  private boolean sawData;
  private int read;
  private int skipped;
  private int kept;

  private ExportStream(RecordMapper<T> mapper, double maxDriftShare) {
    this.mapper = mapper;
    this.tally = new DriftTally(mapper.checkedKeys());
    this.maxDriftShare = maxDriftShare;
  }

  static <T> ExportRead<T> read(
      InputStream json, int previousRecords, ExportLimits limits, RecordMapper<T> mapper) {
    return new ExportStream<>(mapper, limits.maxDriftShare())
        .readAll(json, previousRecords, limits.minRecordShare());
  }

  private ExportRead<T> readAll(InputStream json, int previousRecords, double minShare) {
    String problem;
    try (JsonParser parser = MAPPER.createParser(json)) {
      problem = readEnvelope(parser);
    } catch (JsonProcessingException e) {
      problem = malformed(e);
    } catch (IOException e) {
      problem = "could not read the download: " + e.getMessage();
    }
    if (problem == null) {
      problem = countProblem(previousRecords, minShare);
    }
    return problem == null
        ? new ExportRead.Accepted<>(meta, records, skipped, kept)
        : new ExportRead.Rejected<>(problem);
  }

  private String readEnvelope(JsonParser parser) throws IOException {
    JsonToken first = parser.nextToken();
    if (first == null) {
      return "empty download: no JSON at all";
    }
    if (first != JsonToken.START_OBJECT) {
      return NOT_AN_EXPORT
          + ", found "
          + (first == JsonToken.START_ARRAY ? "an array" : "a single value");
    }
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      parser.nextToken();
      String problem =
          "meta".equals(field)
              ? readMeta(parser)
              : "data".equals(field) ? readData(parser) : skip(parser);
      if (problem != null) {
        return problem;
      }
    }
    if (parser.nextToken() != null) {
      return "unexpected content after the end of the export";
    }
    if (meta == null) {
      return NOT_AN_EXPORT + ", \"meta\" is missing";
    }
    return sawData ? null : NOT_AN_EXPORT + ", \"data\" is missing";
  }

  private String readMeta(JsonParser parser) throws IOException {
    if (parser.currentToken() != JsonToken.START_OBJECT || meta != null) {
      return "\"meta\" is not one object";
    }
    JsonNode node = MAPPER.readTree(parser);
    Integer total = ExportValues.wholeNumber(RecordFields.raw(node.get("total_records")));
    Instant timestamp = ExportValues.instant(RecordFields.raw(node.get("timestamp")));
    if (total == null) {
      return "meta.total_records is missing or not a whole number";
    }
    if (timestamp == null) {
      return "meta.timestamp is missing or not an ISO 8601 instant";
    }
    meta = new ExportMeta(total, timestamp);
    return null;
  }

  private String readData(JsonParser parser) throws IOException {
    if (parser.currentToken() != JsonToken.START_ARRAY || sawData) {
      return "\"data\" is not one array";
    }
    sawData = true;
    for (JsonToken token = parser.nextToken();
        token != JsonToken.END_ARRAY;
        token = parser.nextToken()) {
      read++;
      if (token != JsonToken.START_OBJECT) {
        return "data item " + read + " is not an object";
      }
      take((ObjectNode) MAPPER.readTree(parser));
    }
    return null;
  }

  /**
   * A record without a product number, or with a blank required value, is skipped. One whose other
   * keys are missing or unreadable is taken with those fields marked unknown, and counted as kept.
   */
  private void take(ObjectNode record) {
    Set<String> unknown = tally.observe(record);
    RecordFields fields = new RecordFields(record, canonical, unknown);
    boolean blank =
        mapper.requiredKeys().stream()
            .anyMatch(key -> !unknown.contains(key) && fields.text(key) == null);
    if (blank || unknown.contains(PRODUCT_KEY)) {
      skipped++;
      return;
    }
    T mapped = mapper.map(fields);
    String unstorable = mapper.unstorable(mapped);
    if (unstorable != null) {
      skipped++;
      LOG.warnf("%s record %d skipped: %s", mapper.kind(), read, unstorable);
      return;
    }
    if (!unknown.isEmpty()) {
      kept++;
    }
    records.add(mapped);
  }

  private String countProblem(int previousRecords, double minShare) {
    if (meta.totalRecords() != read) {
      return String.format(
          "meta.total_records says %d but data holds %d records", meta.totalRecords(), read);
    }
    String drift = tally.rejection(read, maxDriftShare);
    if (drift != null) {
      return drift;
    }
    if (previousRecords > 0 && records.size() < previousRecords * minShare) {
      return String.format(
          java.util.Locale.ROOT,
          "shrunk from %d to %d records, below %.0f%% of the previous download",
          previousRecords,
          records.size(),
          minShare * 100);
    }
    return null;
  }

  private static String skip(JsonParser parser) throws IOException {
    parser.skipChildren();
    return null;
  }

  private static String malformed(JsonProcessingException e) {
    JsonLocation at = e.getLocation();
    String where =
        at == null ? "" : String.format(" at line %d, column %d", at.getLineNr(), at.getColumnNr());
    String cause = firstClause(e.getOriginalMessage());
    String hint =
        cause.startsWith("Unexpected character ('<'")
            ? ", an HTML or XML page rather than JSON"
            : "";
    return "truncated or malformed JSON" + where + " (" + cause + hint + ")";
  }

  /** Jackson's message up to its first ':' or newline, e.g. "Unexpected end-of-input". */
  private static String firstClause(String message) {
    String text = message == null ? "unreadable" : message;
    int end = text.length();
    for (char stop : new char[] {':', '\n'}) {
      int at = text.indexOf(stop);
      end = at > 0 ? Math.min(end, at) : end;
    }
    return text.substring(0, end).trim();
  }
}

package io.eparwatch.export;

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
 * holds the compact records and never the file. It only reads: at each step it asks {@link
 * ExportGuards} whether to go on, and stops at the first reason to refuse.
 */
final class ExportStream<T> {

  private static final Logger LOG = Logger.getLogger(ExportStream.class);

  // The caller owns the stream and closes it.
  private static final ObjectMapper MAPPER =
      JsonMapper.builder().disable(StreamReadFeature.AUTO_CLOSE_SOURCE).build();

  private final RecordMapper<T> mapper;
  private final ExportGuards<T> guards;
  private final Canonical canonical = new Canonical();
  private final List<T> records = new ArrayList<>();
  private ExportMeta meta;
  private boolean sawData;
  private int read;
  private int skipped;
  private int kept;

  private ExportStream(RecordMapper<T> mapper, ExportGuards<T> guards) {
    this.mapper = mapper;
    this.guards = guards;
  }

  static <T> ExportRead<T> read(
      InputStream json, int previousRecords, ExportLimits limits, RecordMapper<T> mapper) {
    return new ExportStream<>(mapper, new ExportGuards<>(mapper, limits, previousRecords))
        .readAll(json);
  }

  private ExportRead<T> readAll(InputStream json) {
    String problem;
    try (JsonParser parser = MAPPER.createParser(json)) {
      problem = readEnvelope(parser);
    } catch (JsonProcessingException e) {
      problem = ExportGuards.malformed(e);
    } catch (IOException e) {
      problem = ExportGuards.unreadable(e);
    }
    if (problem == null) {
      problem = guards.whole(meta, read, records.size());
    }
    return problem == null
        ? new ExportRead.Accepted<>(meta, records, skipped, kept)
        : new ExportRead.Rejected<>(problem);
  }

  private String readEnvelope(JsonParser parser) throws IOException {
    String refused = ExportGuards.start(parser.nextToken());
    if (refused != null) {
      return refused;
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
    return ExportGuards.envelopeEnd(parser.nextToken(), meta, sawData);
  }

  private String readMeta(JsonParser parser) throws IOException {
    String refused = ExportGuards.metaShape(parser.currentToken(), meta != null);
    if (refused != null) {
      return refused;
    }
    JsonNode node = MAPPER.readTree(parser);
    Integer total = ExportValues.wholeNumber(RecordFields.raw(node.get("total_records")));
    Instant timestamp = ExportValues.instant(RecordFields.raw(node.get("timestamp")));
    refused = ExportGuards.metaValues(total, timestamp);
    if (refused == null) {
      meta = new ExportMeta(total, timestamp);
    }
    return refused;
  }

  private String readData(JsonParser parser) throws IOException {
    String refused = ExportGuards.dataShape(parser.currentToken(), sawData);
    if (refused != null) {
      return refused;
    }
    sawData = true;
    for (JsonToken token = parser.nextToken();
        token != JsonToken.END_ARRAY;
        token = parser.nextToken()) {
      read++;
      refused = ExportGuards.dataItem(token, read);
      if (refused != null) {
        return refused;
      }
      take((ObjectNode) MAPPER.readTree(parser));
    }
    return null;
  }

  /** A record the guards skip is counted; one taken with unknown fields is counted as kept. */
  private void take(ObjectNode record) {
    Set<String> unknown = guards.unknownKeys(record);
    RecordFields fields = new RecordFields(record, canonical, unknown);
    if (guards.skips(fields, unknown)) {
      skipped++;
      return;
    }
    T mapped = mapper.map(fields);
    String unstorable = guards.unstorable(mapped);
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

  private static String skip(JsonParser parser) throws IOException {
    parser.skipChildren();
    return null;
  }
}

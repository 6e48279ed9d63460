package io.eparwatch.export;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;

/**
 * The export stage's guards: why a download is refused whole (empty, truncated or not JSON, not
 * EMA's envelope, a count that disagrees with {@code meta}, a key drifted in too many records,
 * shrunk below the previous download), and which records are left out. {@link ExportStream} only
 * streams and asks these at each step; every check returns null, or the reason to refuse in words
 * for a person. A new check on an export belongs here.
 */
final class ExportGuards<T> {

  static final String NOT_AN_EXPORT =
      "not an EMA export: expected a JSON object with \"meta\" and \"data\"";

  /** Both exports name a record's product by this key. */
  private static final String PRODUCT_KEY = "ema_product_number";

  private final RecordMapper<T> mapper;
  private final ExportLimits limits;
  private final int previousRecords;
  private final DriftTally tally;

  /** {@code previousRecords}: records accepted from the previous download, 0 when none. */
  ExportGuards(RecordMapper<T> mapper, ExportLimits limits, int previousRecords) {
    this.mapper = mapper;
    this.limits = limits;
    this.previousRecords = previousRecords;
    this.tally = new DriftTally(mapper.checkedKeys());
  }

  /** The first token of the download. */
  static String start(JsonToken first) {
    if (first == null) {
      return "empty download: no JSON at all";
    }
    if (first != JsonToken.START_OBJECT) {
      return NOT_AN_EXPORT
          + ", found "
          + (first == JsonToken.START_ARRAY ? "an array" : "a single value");
    }
    return null;
  }

  /** The value of {@code meta}; {@code seen}: a {@code meta} came before. */
  static String metaShape(JsonToken token, boolean seen) {
    return token != JsonToken.START_OBJECT || seen ? "\"meta\" is not one object" : null;
  }

  /** What {@code meta} holds, each null when missing or unreadable. */
  static String metaValues(Integer totalRecords, Instant timestamp) {
    if (totalRecords == null) {
      return "meta.total_records is missing or not a whole number";
    }
    if (timestamp == null) {
      return "meta.timestamp is missing or not an ISO 8601 instant";
    }
    return null;
  }

  /** The value of {@code data}; {@code seen}: a {@code data} came before. */
  static String dataShape(JsonToken token, boolean seen) {
    return token != JsonToken.START_ARRAY || seen ? "\"data\" is not one array" : null;
  }

  /** The first token of data item {@code number} (from 1). */
  static String dataItem(JsonToken token, int number) {
    return token != JsonToken.START_OBJECT ? "data item " + number + " is not an object" : null;
  }

  /**
   * The envelope once its object is closed: {@code next} is the token after it, {@code meta} null
   * when there was none.
   */
  static String envelopeEnd(JsonToken next, ExportMeta meta, boolean sawData) {
    if (next != null) {
      return "unexpected content after the end of the export";
    }
    if (meta == null) {
      return NOT_AN_EXPORT + ", \"meta\" is missing";
    }
    return sawData ? null : NOT_AN_EXPORT + ", \"data\" is missing";
  }

  /** The keys of this record that are missing or unreadable, counted towards drift. */
  Set<String> unknownKeys(ObjectNode record) {
    return tally.observe(record);
  }

  /**
   * A record without a readable product number, or with a blank required value, is skipped. One
   * whose other keys are missing or unreadable is taken with those fields marked unknown.
   */
  boolean skips(RecordFields fields, Set<String> unknown) {
    return unknown.contains(PRODUCT_KEY)
        || mapper.requiredKeys().stream()
            .anyMatch(key -> !unknown.contains(key) && fields.text(key) == null);
  }

  /** Why a mapped record cannot be stored (it is then skipped and counted), or null. */
  String unstorable(T record) {
    return mapper.unstorable(record);
  }

  /**
   * The download as a whole once read: {@code read} records in {@code data}, {@code accepted} of
   * them taken.
   */
  String whole(ExportMeta meta, int read, int accepted) {
    if (meta.totalRecords() != read) {
      return String.format(
          "meta.total_records says %d but data holds %d records", meta.totalRecords(), read);
    }
    String drift = tally.rejection(read, limits.maxDriftShare());
    if (drift != null) {
      return drift;
    }
    double minShare = limits.minRecordShare();
    if (previousRecords > 0 && accepted < previousRecords * minShare) {
      return String.format(
          Locale.ROOT,
          "shrunk from %d to %d records, below %.0f%% of the previous download",
          previousRecords,
          accepted,
          minShare * 100);
    }
    return null;
  }

  static String unreadable(IOException e) {
    return "could not read the download: " + e.getMessage();
  }

  static String malformed(JsonProcessingException e) {
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

package io.eparwatch.export;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/** The two real EMA samples and helpers to read them. */
final class ExportFixtures {

  static final String MEDICINES = "/exports/medicines-json-report-sample_approval-atlas.json";
  static final String DOCUMENTS =
      "/exports/epar-documents-json-report-sample_approval-atlas_first37of72.json";

  private static final Pattern ENTITY =
      Pattern.compile("&(#\\d+|#x[0-9a-f]+|[a-z]+\\d*);?", Pattern.CASE_INSENSITIVE);

  private ExportFixtures() {}

  static String text(String resource) {
    try (InputStream in = ExportFixtures.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The documents sample keeps the first 37 of 72 records but still says 72 in its meta. */
  static String documentsCountedRight() {
    String json = text(DOCUMENTS);
    String fixed = json.replace("\"total_records\": 72", "\"total_records\": 37");
    assertNotEquals(json, fixed);
    return fixed;
  }

  static InputStream stream(String json) {
    return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
  }

  static <T> ExportRead.Accepted<T> accepted(ExportRead<T> read) {
    if (read instanceof ExportRead.Rejected) {
      fail("rejected: " + ((ExportRead.Rejected<T>) read).reason());
    }
    return (ExportRead.Accepted<T>) read;
  }

  static String rejection(ExportRead<?> read) {
    if (read instanceof ExportRead.Accepted) {
      fail("accepted " + ((ExportRead.Accepted<?>) read).records().size() + " records");
    }
    return ((ExportRead.Rejected<?>) read).reason();
  }

  /**
   * No entities, no empty strings, no double, leading or trailing spaces in any value of the
   * record.
   */
  static void assertClean(Record record) {
    for (RecordComponent component : record.getClass().getRecordComponents()) {
      Object value = valueOf(component, record);
      Iterable<?> values =
          value instanceof Iterable ? (Iterable<?>) value : java.util.Collections.singleton(value);
      for (Object item : values) {
        if (item instanceof String) {
          assertCleanText(component.getName(), (String) item);
        }
      }
    }
  }

  private static void assertCleanText(String field, String text) {
    String where = field + " = [" + text + "]";
    assertFalse(text.isEmpty(), where);
    assertFalse(text.contains("  ") || text.startsWith(" ") || text.endsWith(" "), where);
    assertFalse(text.chars().anyMatch(c -> c == '\u00a0' || c < ' '), where);
    assertFalse(ENTITY.matcher(text).find(), where);
    assertTrue(text.equals(text.strip()), where);
  }

  private static Object valueOf(RecordComponent component, Record record) {
    try {
      return component.getAccessor().invoke(record);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}

package io.eparwatch.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;
import java.util.Random;

/**
 * Bench-only: writes {@code count} change events straight into the H2 file database the packaged
 * application created (it must be stopped: H2 locks the file), shaped like real ones (2,700
 * products, every change type, ATC codes, holders, one or both sources, dates over three years).
 */
final class SyntheticChangeEvents {

  private static final String[] TYPES = {
    "DOCUMENT_UPDATED", "DOCUMENT_UPDATED", "DOCUMENT_UPDATED", "DOCUMENT_ADDED",
    "TRANSLATION_ADDED", "FIELD_CHANGED", "FIELD_CHANGED", "DOCUMENT_REMOVED"
  };
  private static final String[] ATC = {"L01XX51", "L01FF02", "N07BC51", "A10BJ06", "J07BX03"};
  private static final String[] HOLDERS = {
    "Amgen Europe B.V.",
    "Novartis Europharm Limited",
    "Indivior Europe Limited",
    "Pfizer Europe MA EEIG"
  };
  private static final int PRODUCTS = 2_700;
  private static final Instant START = Instant.parse("2023-12-01T00:00:00Z");

  private SyntheticChangeEvents() {}

  static void insert(String jdbcUrl, int count) throws Exception {
    Random random = new Random(8);
    try (Connection db = DriverManager.getConnection(jdbcUrl, "eparwatch", "")) {
      db.setAutoCommit(false);
      try (PreparedStatement insert = db.prepareStatement(INSERT)) {
        for (int id = 1; id <= count; id++) {
          bind(insert, id, random, count);
          insert.addBatch();
          if (id % 1_000 == 0) {
            insert.executeBatch();
          }
        }
        insert.executeBatch();
      }
      try (Statement statement = db.createStatement()) {
        statement.execute("alter sequence change_event_SEQ restart with " + (count + 100));
        // One catalogue entry, so that the product's own feed is known.
        statement.execute(
            "insert into medicine (id, product_number, slug, name, updated_at) values"
                + " (1, 'EMEA/H/C/000005', 'medicine5', 'Medicine5', current_timestamp)");
      }
      db.commit();
    }
  }

  private static final String INSERT =
      "insert into change_event (id, product, product_number, product_name, type, document_key,"
          + " document_title, document_url, language, field, before_value, after_value, diff,"
          + " detected_at, sources, atc_code, holder)"
          + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  private static void bind(PreparedStatement insert, int id, Random random, int count)
      throws Exception {
    int product = random.nextInt(PRODUCTS);
    String name = "Medicine" + product;
    String slug = name.toLowerCase(Locale.ROOT);
    String type = TYPES[random.nextInt(TYPES.length)];
    boolean document = !type.equals("FIELD_CHANGED");
    String key = "/en/documents/product-information/" + slug + "-epar-product-information_en.pdf";
    insert.setLong(1, id);
    insert.setString(2, slug);
    insert.setString(3, String.format(Locale.ROOT, "EMEA/H/C/%06d", product));
    insert.setString(4, name);
    insert.setString(5, type);
    insert.setString(6, document ? key : null);
    insert.setString(7, document ? name + " : EPAR - Product Information" : null);
    insert.setString(8, document ? "https://www.ema.europa.eu" + key : null);
    insert.setString(9, type.equals("TRANSLATION_ADDED") ? "de" : null);
    boolean dated = type.equals("DOCUMENT_UPDATED");
    boolean text = type.equals("FIELD_CHANGED");
    insert.setString(10, dated ? "lastUpdated" : text ? "indication" : null);
    insert.setString(11, dated ? "2025-10-06" : text ? "adults with melanoma" : null);
    insert.setString(12, dated ? "2026-11-14" : text ? "adults with unresectable melanoma" : null);
    insert.setString(13, text ? "adults with {+unresectable+} melanoma" : null);
    // Ids grow with time, as they do when events are published.
    long seconds = (long) id * (3L * 365 * 24 * 3600 / count);
    insert.setTimestamp(14, Timestamp.from(START.plusSeconds(seconds)));
    insert.setString(
        15, random.nextInt(4) == 0 ? "page,export" : random.nextBoolean() ? "page" : "export");
    insert.setString(16, ATC[product % ATC.length]);
    insert.setString(17, HOLDERS[product % HOLDERS.length]);
  }
}

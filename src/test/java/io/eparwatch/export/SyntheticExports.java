package io.eparwatch.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Streams synthetic exports shaped like EMA's, deterministic per seed, for benchmarks and volume
 * tests. Product numbers {@code EMEA/H/C/00NNNN} are shared: a documents file with {@code products}
 * products belongs to a medicines file with at least that many records.
 */
public final class SyntheticExports {

  private static final JsonFactory JSON = new JsonFactory();
  private static final Instant TIMESTAMP = Instant.parse("2026-09-26T06:02:29Z");
  private static final String EMA = "https://www.ema.europa.eu/";
  private static final String[] LANGUAGES = {
    "bg", "es", "cs", "da", "de", "et", "el", "fr", "hr", "it", "lv", "lt", "hu", "mt", "nl", "pl",
    "pt", "ro", "sk", "sl", "fi", "sv", "is", "no"
  };
  private static final String[][] DOCUMENT_TYPES = {
    {"overview", "EPAR - Medicine overview"},
    {"assessment-report", "EPAR - Public assessment report"},
    {"variation-report", "EPAR - Assessment report - Variation"},
    {"product-information", "EPAR - Product Information"},
    {"all-authorised-presentations", "EPAR - All Authorised presentations"},
    {"rmp-summary", "EPAR - Risk-management-plan summary"},
    {
      "procedural-steps-after",
      "EPAR - Procedural steps taken and scientific information after authorisation"
    },
    {
      "scientific-conclusion",
      "EPAR - Scientific conclusions and grounds for the variation to the terms of the marketing authorisation"
    }
  };

  private SyntheticExports() {}

  public static void writeMedicines(Path file, int count, long seed) {
    checkProducts(count);
    SyntheticText text = new SyntheticText(seed);
    write(
        file,
        count,
        json -> {
          for (int product = 0; product < count; product++) {
            SyntheticMedicine.write(json, product, text);
          }
        });
  }

  public static void writeDocuments(Path file, int count, int products, long seed) {
    checkProducts(products);
    SyntheticText text = new SyntheticText(seed);
    write(
        file,
        count,
        json -> {
          for (int i = 0; i < count; i++) {
            writeDocument(json, 1_000 + i, text.between(0, products - 1), text);
          }
        });
  }

  private static void writeDocument(JsonGenerator json, int id, int product, SyntheticText text)
      throws IOException {
    String[] type = text.pick(DOCUMENT_TYPES);
    String medicine = SyntheticText.medicineName(product);
    String file = SyntheticText.slug(medicine + "-" + type[1]);
    LocalDate first = text.dateBetween(2005, 2024);
    LocalDate last = text.chance(0.5) ? first : first.plusDays(text.between(1, 2_000));
    json.writeStartObject();
    json.writeStringField("id", String.valueOf(id));
    json.writeStringField("name", medicine + (text.chance(0.03) ? " :  " : " : ") + type[1]);
    json.writeStringField("type", type[0]);
    json.writeStringField("medicine_name", medicine);
    json.writeStringField(
        "ema_product_number", text.maybeTrailingSpace(SyntheticText.productNumber(product)));
    json.writeStringField("status", text.chance(0.5) ? "Adopted" : "unknown");
    json.writeStringField("consultation_date", "");
    json.writeStringField("first_published_date", text.date(first, true));
    json.writeStringField("last_updated_date", text.date(last, true));
    json.writeStringField(
        "reference_number",
        text.chance(0.3) ? "" : text.maybeTrailingSpace(text.referenceNumber()));
    String upload = text.chance(0.03) ? (text.chance(0.5) ? "-0" : "-1") : "";
    json.writeStringField(
        "document_url", EMA + "en/documents/" + type[0] + "/" + file + "_en.pdf" + upload);
    // About one document in five has language versions in the real export (8 of the sample's 37).
    if (text.chance(0.2)) {
      writeTranslations(json, type[0], file, text);
    }
    json.writeEndObject();
  }

  private static void writeTranslations(
      JsonGenerator json, String type, String file, SyntheticText text) throws IOException {
    json.writeObjectFieldStart("translations");
    int skipFrom = text.between(0, LANGUAGES.length);
    int skipped = text.between(0, 6);
    for (int i = 0; i < LANGUAGES.length; i++) {
      if (i < skipFrom || i >= skipFrom + skipped) {
        String language = LANGUAGES[i];
        json.writeStringField(
            language, EMA + language + "/documents/" + type + "/" + file + "_" + language + ".pdf");
      }
    }
    json.writeEndObject();
  }

  private static void write(Path file, int count, Records records) {
    try (JsonGenerator json = JSON.createGenerator(file.toFile(), JsonEncoding.UTF8)) {
      json.writeStartObject();
      json.writeObjectFieldStart("meta");
      json.writeNumberField("total_records", count);
      json.writeStringField("timestamp", TIMESTAMP.toString());
      json.writeEndObject();
      json.writeArrayFieldStart("data");
      records.write(json);
      json.writeEndArray();
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void checkProducts(int products) {
    if (products < 1 || products > 9_999) {
      throw new IllegalArgumentException(
          "product numbers EMEA/H/C/00NNNN allow 1 to 9999 products, not " + products);
    }
  }

  /** The {@code data} elements of one file. */
  private interface Records {
    void write(JsonGenerator json) throws IOException;
  }
}

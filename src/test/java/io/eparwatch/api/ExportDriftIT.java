package io.eparwatch.api;

import static io.eparwatch.testing.Api.changes;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.eparwatch.testing.Database;
import io.eparwatch.testing.EmaStub;
import io.eparwatch.testing.EmaStub.InjectEmaStub;
import io.eparwatch.testing.Exports;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * EMA renaming a key or changing a date format is not a flood of changes to null: on the real
 * samples, many records so affected reject the download naming the key, a few keep their values.
 */
@QuarkusTest
@QuarkusTestResource(EmaStub.class)
class ExportDriftIT {

  private static final Pattern DAY_MONTH_YEAR = Pattern.compile("^(\\d{2})/(\\d{2})/(\\d{4})$");
  private static final Pattern ISO_INSTANT = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})T.*$");

  @InjectEmaStub WireMockServer ema;
  @Inject EntityManager em;

  @BeforeEach
  void ingestedOnce() {
    Database.reset(em);
    Exports.serveSamples(ema);
    ingest().body("medicines.outcome", equalTo("INGESTED"));
  }

  @Test
  void aRenamedKeyRejectsTheDownloadNamingIt() {
    ObjectNode medicines = Exports.medicines();
    medicines.withArray("data").forEach(r -> rename((ObjectNode) r, "opinion_adopted_date"));
    Exports.serve(ema, Exports.MEDICINES, medicines);
    ingest()
        .body("medicines.outcome", equalTo("REJECTED"))
        .body(
            "medicines.error",
            equalTo("schema changed: key `opinion_adopted_date` missing in 100% of records"))
        .body("changes", equalTo(0));
    changes("").body("", empty());
  }

  @Test
  void datesInANewFormatRejectBothDownloads() {
    ObjectNode medicines = Exports.medicines();
    medicines.withArray("data").forEach(r -> dottedDates((ObjectNode) r));
    ObjectNode documents = Exports.documents();
    documents.withArray("data").forEach(r -> dottedDates((ObjectNode) r));
    Exports.serve(ema, Exports.MEDICINES, medicines);
    Exports.serve(ema, Exports.DOCUMENTS, documents);
    ingest()
        .body("medicines.outcome", equalTo("REJECTED"))
        .body(
            "medicines.error",
            startsWith("schema changed: key `opinion_adopted_date` has a value in no known format"))
        .body("documents.outcome", equalTo("REJECTED"))
        .body(
            "documents.error",
            startsWith("schema changed: key `first_published_date` has a value in no known format"))
        .body("changes", equalTo(0));
    changes("").body("", empty());
  }

  @Test
  void oneBrokenMedicineKeepsItsValuesAndIsCounted() {
    ObjectNode medicines = Exports.medicines();
    ObjectNode tyruko = Exports.record(medicines, "name_of_medicine", "Tyruko");
    tyruko.put("last_updated_date", "25.09.2026");
    tyruko.put("revision_number", "four");
    rename(tyruko, "opinion_adopted_date");
    Exports.record(medicines, "name_of_medicine", "Tacquell").put("medicine_status", "Withdrawn");
    Exports.serve(ema, Exports.MEDICINES, medicines);
    ingest()
        .body("medicines.outcome", equalTo("INGESTED"))
        .body("medicines.kept", equalTo(1))
        .body("medicines.skipped", equalTo(0))
        .body("changes", equalTo(1));
    changes("product=tyruko").body("", empty());
    changes("").body("productName", everyItem(not(equalTo("Tyruko"))));
    given().get("/api/medicines?q=tyruko").then().body("items[0].revision", equalTo("4"));

    // The record reads again as before: still nothing happened to Tyruko.
    Exports.serve(ema, Exports.MEDICINES, Exports.medicines());
    ingest().body("medicines.kept", equalTo(0));
    changes("product=tyruko").body("", empty());
  }

  @Test
  void oneBrokenDocumentKeepsItsProductsDocuments() {
    ObjectNode documents = Exports.documents();
    ObjectNode first = (ObjectNode) documents.withArray("data").get(0);
    first.put("last_updated_date", "29.11.2018");
    first.remove("document_url");
    Exports.serve(ema, Exports.DOCUMENTS, documents);
    ingest()
        .body("documents.outcome", equalTo("INGESTED"))
        .body("documents.kept", equalTo(1))
        .body("changes", equalTo(0));
    Exports.serve(ema, Exports.DOCUMENTS, documents);
    ingest().body("changes", equalTo(0));
    // Without the hold, the second download would confirm the unreadable document as removed.
    changes("").body("", empty());
  }

  private static ValidatableResponse ingest() {
    return given().post("/api/exports/check").then().statusCode(200);
  }

  private static void rename(ObjectNode record, String key) {
    JsonNode value = record.remove(key);
    record.set(key.replace("_date", "_on"), value);
  }

  /** Every date as {@code dd.mm.yyyy}, the way a changed export might send them. */
  private static void dottedDates(ObjectNode record) {
    record
        .properties()
        .forEach(
            field -> {
              if (field.getKey().endsWith("_date")) {
                record.put(field.getKey(), dotted(field.getValue().asText()));
              }
            });
  }

  private static String dotted(String date) {
    Matcher day = DAY_MONTH_YEAR.matcher(date);
    if (day.matches()) {
      return day.group(1) + "." + day.group(2) + "." + day.group(3);
    }
    Matcher iso = ISO_INSTANT.matcher(date);
    return iso.matches() ? iso.group(3) + "." + iso.group(2) + "." + iso.group(1) : date;
  }
}

package io.eparwatch.api;

import static io.eparwatch.testing.Api.changes;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;

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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * EMA's exports, v1 then v2 with known edits, served by a loopback EMA: exactly the expected
 * events.
 */
@QuarkusTest
@QuarkusTestResource(EmaStub.class)
class ExportIT {

  @InjectEmaStub WireMockServer ema;
  @Inject EntityManager em;

  @BeforeEach
  void freshState() {
    Database.reset(em);
    ema.resetAll();
  }

  @Test
  void theFirstIngestionFillsTheCatalogueAndMakesNoEvents() {
    serve(Exports.medicines(), Exports.documents());
    ingest()
        .body("medicines.outcome", equalTo("INGESTED"))
        .body("medicines.records", equalTo(21))
        .body("documents.outcome", equalTo("INGESTED"))
        .body("documents.records", equalTo(37))
        .body("medicinesInCatalogue", equalTo(21))
        .body("changes", equalTo(0));
    changes("").body("", empty());
    given()
        .get("/api/medicines?q=kymriah")
        .then()
        .statusCode(200)
        .body("total", equalTo(1))
        .body("items[0].productNumber", equalTo("EMEA/H/C/004090"))
        .body("items[0].status", equalTo("Authorised"));
  }

  @Test
  void editsBetweenTwoExportsBecomeExactlyTheExpectedEvents() {
    serve(Exports.medicines(), Exports.documents());
    ingest();
    serve(medicinesV2(), documentsV2());

    ingest().body("changes", equalTo(8));
    changes("limit=50")
        .body(
            "type",
            containsInAnyOrder(
                "FIELD_CHANGED",
                "FIELD_CHANGED",
                "FIELD_CHANGED",
                "FIELD_CHANGED",
                "MEDICINE_ADDED",
                "DOCUMENT_UPDATED",
                "TRANSLATION_ADDED",
                "DOCUMENT_ADDED"))
        .body("source", everyItem(equalTo("export")));
    changes("product=tyruko")
        .body("field", containsInAnyOrder("revision", "latestProcedure", "pageLastUpdated"))
        .body("find { it.field == 'revision' }.before", equalTo("4"))
        .body("find { it.field == 'revision' }.after", equalTo("5"));
    changes("type=MEDICINE_ADDED")
        .body("[0].productNumber", equalTo("EMEA/H/C/009999"))
        .body("[0].productName", equalTo("Novamed"));
    changes("type=DOCUMENT_UPDATED")
        .body("[0].documentTitle", equalTo("Kymriah : EPAR - Medicine overview"))
        .body("[0].before", equalTo("2022-05-19"))
        .body("[0].after", equalTo("2026-11-20"));
    changes("type=TRANSLATION_ADDED")
        .body("[0].language", equalTo("is"))
        .body("[0].product", equalTo("twinrix-adult"));
    changes("type=DOCUMENT_REMOVED").body("", empty());

    ingest().body("changes", equalTo(1));
    changes("type=DOCUMENT_REMOVED")
        .body("", hasSize(1))
        .body("[0].documentTitle", equalTo("Twinrix Adult : EPAR - Scientific Discussion"));
  }

  @Test
  void anUnchangedExportMakesNoNewVersionsAndNoEvents() {
    serve(Exports.medicines(), Exports.documents());
    ingest();
    ingest().body("changes", equalTo(0));
    changes("").body("", empty());
  }

  @Test
  void anExportNotModifiedSinceTheLastDownloadIsNotDownloadedAgain() {
    Exports.serveWithEtag(ema, Exports.MEDICINES, Exports.medicines(), "\"m1\"");
    Exports.serveWithEtag(ema, Exports.DOCUMENTS, Exports.documents(), "\"d1\"");
    ingest();
    ingest()
        .body("medicines.outcome", equalTo("NOT_MODIFIED"))
        .body("documents.outcome", equalTo("NOT_MODIFIED"))
        .body("medicines.records", equalTo(21))
        .body("changes", equalTo(0));
    given()
        .get("/api/exports")
        .then()
        .body("find { it.kind == 'DOCUMENTS' }.lastOutcome", equalTo("NOT_MODIFIED"))
        .body("find { it.kind == 'DOCUMENTS' }.records", equalTo(37));
  }

  private ObjectNode medicinesV2() {
    ObjectNode export = Exports.medicines();
    ObjectNode tyruko = Exports.record(export, "ema_product_number", "EMEA/H/C/005752");
    tyruko
        .put("revision_number", "5")
        .put("latest_procedure_affecting_product_information", "II/0000399999")
        .put("last_updated_date", "20/11/2026");
    Exports.record(export, "ema_product_number", "EMEA/H/C/004090")
        .put("last_updated_date", "20/11/2026");
    Exports.addCopy(export, Exports.record(export, "ema_product_number", "EMEA/H/C/006420"))
        .put("ema_product_number", "EMEA/H/C/009999")
        .put("name_of_medicine", "Novamed")
        .put("medicine_url", "https://www.ema.europa.eu/en/medicines/human/EPAR/novamed");
    return export;
  }

  private ObjectNode documentsV2() {
    ObjectNode export = Exports.documents();
    Exports.record(export, "id", "42063").put("last_updated_date", "2026-11-20T09:00:00Z");
    ((ObjectNode) Exports.record(export, "id", "41569").get("translations"))
        .put(
            "is",
            "https://www.ema.europa.eu/is/documents/overview/twinrix-adult-epar-summary-public_is.pdf");
    Exports.remove(export, record -> "35562".equals(record.path("id").asText()));
    Exports.addCopy(export, Exports.record(export, "id", "55005"))
        .put("id", "99999")
        .put("name", "Kymriah-H-C-4090-II-0099 : EPAR - Assessment report - Variation")
        .put(
            "document_url",
            "https://www.ema.europa.eu/en/documents/variation-report/"
                + "kymriah-h-c-4090-ii-0099-epar-assessment-report-variation_en.pdf");
    return export;
  }

  private void serve(ObjectNode medicines, ObjectNode documents) {
    Exports.serve(ema, Exports.MEDICINES, medicines);
    Exports.serve(ema, Exports.DOCUMENTS, documents);
  }

  private static ValidatableResponse ingest() {
    return given().post("/api/exports/check").then().statusCode(200);
  }
}

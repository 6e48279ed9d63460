package io.eparwatch.api;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.eparwatch.testing.Api.changes;
import static io.eparwatch.testing.Api.check;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.eparwatch.testing.Api;
import io.eparwatch.testing.Database;
import io.eparwatch.testing.EmaStub;
import io.eparwatch.testing.EmaStub.InjectEmaStub;
import io.eparwatch.testing.Exports;
import io.eparwatch.testing.Fixtures;
import io.eparwatch.testing.Pages;
import io.eparwatch.testing.StubPages;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Values longer than any column EMA could be expected to fill: content is stored whole, absurd
 * protocol metadata is dropped, unstorable export records are skipped. No 500, no wedged watch.
 */
@QuarkusTest
@QuarkusTestResource(EmaStub.class)
class LongValuesIT {

  private static final String HTTP_DATE = "Sat, 01 Mar 2025 09:00:00 GMT";

  @InjectEmaStub WireMockServer ema;
  @Inject EntityManager em;

  @BeforeEach
  void freshState() {
    Database.reset(em);
    ema.resetAll();
  }

  @ParameterizedTest
  @CsvSource({
    // ETag length, Last-Modified length, ETag kept, Last-Modified kept
    "600, 29, true, true",
    "1024, 29, true, true",
    "1025, 29, false, true",
    "5000, 29, false, true",
    "20, 101, true, false",
    "20, 2000, true, false",
    "3000, 3000, false, false",
  })
  void absurdValidatorsAreDroppedAndTheCheckGoesOn(
      int etagLength, int lastModifiedLength, boolean etagKept, boolean lastModifiedKept) {
    String etag = "\"" + "e".repeat(etagLength - 2) + "\"";
    String lastModified =
        lastModifiedLength == HTTP_DATE.length()
            ? HTTP_DATE
            : HTTP_DATE + " ".repeat(lastModifiedLength - HTTP_DATE.length() - 1) + "x";
    StubPages.answer(
        ema,
        Pages.PATH,
        aResponse()
            .withStatus(200)
            .withHeader("Content-Type", "text/html")
            .withHeader("ETag", etag)
            .withHeader("Last-Modified", lastModified)
            .withBody(Pages.v1()));
    String slug = Api.watch(ema.baseUrl() + Pages.PATH);

    check(slug).body("outcome", equalTo("BASELINE"));
    given()
        .get("/api/watches/" + slug + "/snapshots")
        .then()
        .statusCode(200)
        .body("[0].etag", etagKept ? equalTo(etag) : nullValue())
        .body("[0].lastModified", lastModifiedKept ? equalTo(lastModified) : nullValue());

    check(slug).body("outcome", equalTo("UNCHANGED"));
    assertEquals(
        etagKept ? 1 : 0,
        ema.findAll(
                getRequestedFor(urlPathEqualTo(Pages.PATH))
                    .withHeader("If-None-Match", matching(".*")))
            .size());
    assertEquals(
        lastModifiedKept ? 1 : 0,
        ema.findAll(
                getRequestedFor(urlPathEqualTo(Pages.PATH))
                    .withHeader("If-Modified-Since", matching(".*")))
            .size());
  }

  @Test
  void documentTitlesAndUrlsOfAnyLengthAreStoredWhole() {
    String title = "Imlygic : EPAR - " + "Very long title ".repeat(200);
    String href = "/en/documents/variation-report/" + "x".repeat(3000) + "_en.pdf";
    String slug = Api.watch(ema.baseUrl() + Pages.PATH);
    StubPages.serve(ema, Pages.PATH, Pages.v1());
    check(slug).body("outcome", equalTo("BASELINE"));

    StubPages.serve(
        ema,
        Pages.PATH,
        Fixtures.insertBeforeDocumentBlock(
            Pages.v1(), Pages.PI, Pages.reportBlock(title.strip(), href)));
    check(slug).body("outcome", equalTo("CHANGED"));

    changes("product=" + slug)
        .statusCode(200)
        .body("documentTitle", hasItem(title.strip()))
        .body("documentUrl", hasItem(ema.baseUrl() + href));
    given().get("/api/watches/" + slug).then().body("lastError", nullValue());
  }

  /** A product number no column holds: the check fails in words, and recovers with the page. */
  @Test
  void aCheckThatCannotBeStoredFailsWithASentenceAndTheWatchRecovers() {
    String slug = Api.watch(ema.baseUrl() + Pages.PATH);
    StubPages.serve(
        ema,
        Pages.PATH,
        Pages.v1()
            .replace("<div>EMEA/H/C/002771</div>", "<div>EMEA/H/C/" + "7".repeat(200) + "</div>"));
    check(slug)
        .body("outcome", equalTo("FAILED"))
        .body("message", equalTo("the check failed: value too long: product number"));
    given()
        .get("/api/watches/" + slug)
        .then()
        .body("lastOutcome", equalTo("FAILED"))
        .body("errorCount", equalTo(1))
        .body("lastError", equalTo("the check failed: value too long: product number"));

    StubPages.serve(ema, Pages.PATH, Pages.v1());
    check(slug).body("outcome", equalTo("BASELINE"));
    given().get("/api/watches/" + slug).then().body("lastError", nullValue());
  }

  @Test
  void exportRecordsThatCannotBeStoredAreSkippedAndTheRestIsApplied() {
    ObjectNode medicines = Exports.medicines();
    String longName = "Tyruko " + "long name ".repeat(600);
    Exports.record(medicines, "ema_product_number", "EMEA/H/C/005752")
        .put("name_of_medicine", longName)
        .put("therapeutic_indication", "indication ".repeat(5000));
    Exports.addCopy(medicines, Exports.record(medicines, "ema_product_number", "EMEA/H/C/006420"))
        .put("ema_product_number", "EMEA/H/C/" + "9".repeat(150));
    Exports.addCopy(medicines, Exports.record(medicines, "ema_product_number", "EMEA/H/C/006420"))
        .put("ema_product_number", "EMEA/H/C/009998")
        .put(
            "medicine_url", "https://www.ema.europa.eu/en/medicines/human/EPAR/" + "n".repeat(300));
    ObjectNode documents = Exports.documents();
    Exports.record(documents, "id", "4227").put("name", "Twinrix : " + "title ".repeat(1000));
    Exports.addCopy(documents, Exports.record(documents, "id", "4227"))
        .put("id", "99999")
        .put("ema_product_number", "EMEA/H/C/" + "1".repeat(200));
    Exports.serve(ema, Exports.MEDICINES, medicines);
    Exports.serve(ema, Exports.DOCUMENTS, documents);

    ingest()
        .body("medicines.outcome", equalTo("INGESTED"))
        .body("medicines.records", equalTo(21))
        .body("medicines.skipped", equalTo(2))
        .body("documents.outcome", equalTo("INGESTED"))
        .body("documents.records", equalTo(37))
        .body("documents.skipped", equalTo(1))
        .body("medicinesInCatalogue", equalTo(21));
    given()
        .get("/api/medicines?q=tyruko")
        .then()
        .statusCode(200)
        .body("items[0].name", equalTo(longName.strip()));
  }

  @Test
  void everyIngestionAttemptIsRecordedEvenWhenOneExportFails() {
    Exports.serve(ema, Exports.MEDICINES, "{\"meta\": ");
    Exports.serve(ema, Exports.DOCUMENTS, Exports.documents());
    ingest()
        .body("medicines.outcome", equalTo("REJECTED"))
        .body("documents.outcome", equalTo("INGESTED"));
    given()
        .get("/api/exports")
        .then()
        .statusCode(200)
        .body("lastOutcome", equalTo(List.of("REJECTED", "INGESTED")));
  }

  private static ValidatableResponse ingest() {
    return given().post("/api/exports/check").then().statusCode(200);
  }
}

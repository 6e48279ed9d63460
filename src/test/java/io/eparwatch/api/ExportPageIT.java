package io.eparwatch.api;

import static io.eparwatch.testing.Api.changes;
import static io.eparwatch.testing.Api.check;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.eparwatch.testing.Database;
import io.eparwatch.testing.EmaStub;
import io.eparwatch.testing.EmaStub.InjectEmaStub;
import io.eparwatch.testing.Exports;
import io.eparwatch.testing.Pages;
import io.eparwatch.testing.StubPages;
import io.eparwatch.watch.Watch;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Pages and exports together: watching from the catalogue, timely page checks, one event per
 * change.
 */
@QuarkusTest
@QuarkusTestResource(EmaStub.class)
class ExportPageIT {

  @InjectEmaStub WireMockServer ema;
  @Inject EntityManager em;

  @BeforeEach
  void catalogueWithImlygic() {
    Database.reset(em);
    ema.resetAll();
    Exports.serve(
        ema, Exports.MEDICINES, medicines("16", "VR/0000296281", "06/10/2025", "01/09/2026"));
    Exports.serve(ema, Exports.DOCUMENTS, Exports.documents());
    given().post("/api/exports/check").then().body("medicinesInCatalogue", equalTo(22));
  }

  @Test
  void aProductNumberIsWatchedThroughTheCatalogue() {
    watchProduct("EMEA/H/C/004090")
        .statusCode(201)
        .body("slug", equalTo("kymriah"))
        .body("url", equalTo(ema.baseUrl() + "/en/medicines/human/EPAR/kymriah"))
        .body("productNumber", equalTo("EMEA/H/C/004090"))
        .body("name", equalTo("Kymriah"));
    watchProduct("EMEA/H/C/999999")
        .statusCode(400)
        .body("error", containsString("not in the catalogue"));
  }

  @Test
  void aWatchedPageIsCheckedAtOnceWhenTheExportShowsItMoved() {
    watchProduct("EMEA/H/C/004090").statusCode(201);
    watchProduct("EMEA/H/C/005752").statusCode(201);
    QuarkusTransaction.requiringNew()
        .run(() -> Watch.update("nextCheckAt = ?1", Instant.now().plus(7, ChronoUnit.DAYS)));

    Exports.serve(
        ema, Exports.MEDICINES, medicines("16", "VR/0000296281", "06/10/2025", "20/11/2026"));
    given().post("/api/exports/check");

    assertTrue(nextCheck("kymriah").isBefore(Instant.now().plusSeconds(1)), "moved: due now");
    assertTrue(
        nextCheck("tyruko").isAfter(Instant.now().plus(6, ChronoUnit.DAYS)), "unmoved: untouched");
  }

  @Test
  void theSameChangeFromPageAndExportIsOneEventWithBothSources() {
    pageCheckedTwiceThenExport(medicines("17", "II/0000312345", "20/11/2025", "01/09/2026"));

    changes("product=imlygic&type=FIELD_CHANGED")
        .body("", hasSize(3))
        .body("field", containsInAnyOrder("revision", "latestProcedure", "pageLastUpdated"))
        .body("source", everyItem(equalTo("page")))
        .body("sources", everyItem(equalTo(List.of("page", "export"))));
  }

  @Test
  void aProductShowsItsPageAndExportSideBySideWithItsTimeline() {
    watchProduct("EMEA/H/C/002771").statusCode(201);
    StubPages.serve(ema, Pages.PATH, Pages.v1());
    check("imlygic");
    ObjectNode export = medicines("17", "VR/0000296281", "06/10/2025", "01/09/2026");
    statingWhatThePageStates(Exports.record(export, "ema_product_number", "EMEA/H/C/002771"));
    Exports.serve(ema, Exports.MEDICINES, export);
    given().post("/api/exports/check");

    given()
        .get("/api/products/{key}", "EMEA/H/C/002771")
        .then()
        .statusCode(200)
        .body("slug", equalTo("imlygic"))
        .body("productNumber", equalTo("EMEA/H/C/002771"))
        .body("catalogue.name", equalTo("Imlygic"))
        .body("watch.slug", equalTo("imlygic"))
        .body("page.model.revision", equalTo("16"))
        .body("export.model.revision", equalTo("17"))
        .body("page.versionId", notNullValue())
        .body("export.versionId", notNullValue())
        .body("disagreements", hasSize(1))
        .body("disagreements[0].field", equalTo("revision"))
        .body("disagreements[0].page", equalTo("16"))
        .body("disagreements[0].export", equalTo("17"));
    given()
        .get("/api/products/imlygic")
        .then()
        .statusCode(200)
        .body("productNumber", equalTo("EMEA/H/C/002771"));

    List<Map<String, Object>> versions =
        given()
            .get("/api/products/imlygic/timeline")
            .then()
            .statusCode(200)
            .extract()
            .path("versions");
    assertEquals("EXPORT", versions.get(0).get("source"), "newest first: the last ingestion");
    assertTrue(!((List<?>) versions.get(0).get("events")).isEmpty(), "with its events");
    assertTrue(versions.stream().anyMatch(v -> "PAGE".equals(v.get("source"))));
    List<String> times = versions.stream().map(v -> (String) v.get("observedAt")).toList();
    assertEquals(times.stream().sorted(Comparator.reverseOrder()).toList(), times);
    given()
        .get("/api/products/imlygic/timeline?limit=1&before=" + times.get(0))
        .then()
        .body("versions", hasSize(1))
        .body("versions[0].observedAt", equalTo(times.get(1)));

    // the dashboard's medicine page shows the same: the disagreement and both sources' versions
    given()
        .get("/products/imlygic")
        .then()
        .statusCode(200)
        .body(
            allOf(
                containsString("<tr><td>revision</td><td>16</td><td>17</td></tr>"),
                containsString(">export version "),
                containsString(">page version ")));
  }

  @Test
  void aChangeLinksTheVersionsItWasDetectedBetween() {
    pageCheckedTwiceThenExport(medicines("16", "VR/0000296281", "06/10/2025", "20/11/2026"));

    int pageChange = changes("product=imlygic&type=FIELD_CHANGED").extract().path("[0].id");
    Map<String, Object> detail =
        given().get("/api/changes/" + pageChange).then().statusCode(200).extract().path("");
    @SuppressWarnings("unchecked")
    Map<String, String> links = (Map<String, String>) detail.get("links");
    assertEquals("/api/products/EMEA%2FH%2FC%2F002771", links.get("product"));
    given()
        .get(links.get("version"))
        .then()
        .statusCode(200)
        .body("source", equalTo("PAGE"))
        .body("model.revision", equalTo("17"))
        .body("raw", equalTo(links.get("version") + "/raw"));
    given()
        .get(links.get("previousVersion"))
        .then()
        .statusCode(200)
        .body("model.revision", equalTo("16"));
    given().get(links.get("version") + "/raw").then().statusCode(200);

    int exportChange = changes("product=kymriah&type=FIELD_CHANGED").extract().path("[0].id");
    String exportVersion =
        given()
            .get("/api/changes/" + exportChange)
            .then()
            .statusCode(200)
            .body("change.source", equalTo("export"))
            .body("versionId", notNullValue())
            .body("previousVersionId", notNullValue())
            .extract()
            .path("links.version");
    given()
        .get(exportVersion)
        .then()
        .statusCode(200)
        .body("source", equalTo("EXPORT"))
        .body("raw", nullValue())
        .body("model.pageLastUpdated", equalTo("2026-11-20"));
    given()
        .get(exportVersion + "/raw")
        .then()
        .statusCode(404)
        .body("error", containsString("exports"));
  }

  @Test
  void unknownOrMalformedProductsVersionsAndChangesAreClientErrors() {
    refused("/api/products/no-such-medicine", 404, "no product");
    refused("/api/products/imlygic/timeline?limit=0", 400, "limit");
    refused("/api/products/imlygic/timeline?before=yesterday", 400, "before");
    refused("/api/versions/abc", 400, "number");
    refused("/api/versions/987654321", 404, "no version");
    refused("/api/changes/abc", 400, "number");
    refused("/api/changes/987654321", 404, "no change");
  }

  private static void refused(String path, int status, String errorPart) {
    given().get(path).then().statusCode(status).body("error", containsString(errorPart));
  }

  /** Imlygic watched, its page checked at v1 and v2, then {@code medicines} ingested. */
  private void pageCheckedTwiceThenExport(ObjectNode medicines) {
    watchProduct("EMEA/H/C/002771").statusCode(201);
    StubPages.serve(ema, Pages.PATH, Pages.v1());
    check("imlygic");
    StubPages.serve(ema, Pages.PATH, Pages.v2());
    check("imlygic");
    Exports.serve(ema, Exports.MEDICINES, medicines);
    given().post("/api/exports/check");
  }

  private static Instant nextCheck(String slug) {
    return Instant.parse(given().get("/api/watches/" + slug).then().extract().path("nextCheckAt"));
  }

  private static io.restassured.response.ValidatableResponse watchProduct(String productNumber) {
    return given()
        .contentType(ContentType.JSON)
        .body("{\"productNumber\": \"" + productNumber + "\"}")
        .post("/api/watches")
        .then();
  }

  /** Imlygic's export record stating the facts its page states (the sample copies Tyruko's). */
  private static void statingWhatThePageStates(ObjectNode imlygic) {
    imlygic
        .put("international_non_proprietary_name_common_name", "talimogene laherparepvec")
        .put("active_substance", "talimogene laherparepvec")
        .put("therapeutic_area_mesh", "Melanoma")
        .put("atc_code_human", "L01XX51")
        .put("pharmacotherapeutic_group_human", "Antineoplastic agents")
        .put(
            "therapeutic_indication",
            "Imlygic is indicated for the treatment of adults with unresectable melanoma that is"
                + " regionally or distantly metastatic (Stage IIIB, IIIC and IVM1a) with no bone,"
                + " brain, lung or other visceral disease.")
        .put("marketing_authorisation_developer_applicant_holder", "Amgen Europe B.V.")
        .put("opinion_adopted_date", "23/07/2015")
        .put("marketing_authorisation_date", "16/12/2015");
  }

  /** The sample plus Imlygic in the given state, and Kymriah last updated on the given date. */
  private static ObjectNode medicines(
      String revision, String procedure, String imlygicUpdated, String kymriahUpdated) {
    ObjectNode export = Exports.medicines();
    Exports.record(export, "ema_product_number", "EMEA/H/C/004090")
        .put("last_updated_date", kymriahUpdated);
    Exports.addCopy(export, Exports.record(export, "ema_product_number", "EMEA/H/C/005752"))
        .put("name_of_medicine", "Imlygic")
        .put("ema_product_number", "EMEA/H/C/002771")
        .put("revision_number", revision)
        .put("latest_procedure_affecting_product_information", procedure)
        .put("last_updated_date", imlygicUpdated)
        .put("medicine_url", "https://www.ema.europa.eu/en/medicines/human/EPAR/imlygic");
    return export;
  }
}

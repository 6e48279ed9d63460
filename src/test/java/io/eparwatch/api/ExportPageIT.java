package io.eparwatch.api;

import static io.eparwatch.testing.Api.changes;
import static io.eparwatch.testing.Api.check;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
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
import java.util.List;
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
    watchProduct("EMEA/H/C/002771").statusCode(201);
    StubPages.serve(ema, Pages.PATH, Pages.v1());
    check("imlygic");
    StubPages.serve(ema, Pages.PATH, Pages.v2());
    check("imlygic");

    Exports.serve(
        ema, Exports.MEDICINES, medicines("17", "II/0000312345", "20/11/2025", "01/09/2026"));
    given().post("/api/exports/check");

    changes("product=imlygic&type=FIELD_CHANGED")
        .body("", hasSize(3))
        .body("field", containsInAnyOrder("revision", "latestProcedure", "pageLastUpdated"))
        .body("source", everyItem(equalTo("page")))
        .body("sources", everyItem(equalTo(List.of("page", "export"))));
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

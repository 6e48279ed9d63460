package io.eparwatch.api;

import static io.eparwatch.testing.Api.changes;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.eparwatch.testing.Database;
import io.eparwatch.testing.EmaStub;
import io.eparwatch.testing.EmaStub.InjectEmaStub;
import io.eparwatch.testing.Exports;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A broken download is rejected whole: the previous state stays, no events, the failure shows. */
@QuarkusTest
@QuarkusTestResource(EmaStub.class)
class ExportGuardsIT {

  @InjectEmaStub WireMockServer ema;
  @Inject EntityManager em;

  @BeforeEach
  void ingestedOnce() {
    Database.reset(em);
    Exports.serveSamples(ema);
    given().post("/api/exports/check").then().body("medicines.outcome", equalTo("INGESTED"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"truncated", "not JSON", "shrunk", "missing field"})
  void aBrokenMedicinesExportIsRejectedWhole(String fault) {
    Exports.serve(ema, Exports.MEDICINES, broken(fault));
    given()
        .post("/api/exports/check")
        .then()
        .statusCode(200)
        .body("medicines.outcome", equalTo("REJECTED"))
        .body("medicines.error", org.hamcrest.Matchers.notNullValue())
        .body("changes", equalTo(0));
    given().get("/api/medicines").then().body("total", equalTo(21));
    given()
        .get("/api/exports")
        .then()
        .body("find { it.kind == 'MEDICINES' }.lastOutcome", equalTo("REJECTED"))
        .body("find { it.kind == 'MEDICINES' }.records", equalTo(21));
    changes("").body("", empty());
  }

  @Test
  void aHtmlErrorPageIsNotAnExport() {
    ema.stubFor(
        com.github.tomakehurst.wiremock.client.WireMock.get(Exports.DOCUMENTS)
            .willReturn(
                com.github.tomakehurst.wiremock.client.WireMock.aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "text/html")
                    .withBody("<html><body>Maintenance</body></html>")));
    given()
        .post("/api/exports/check")
        .then()
        .body("documents.outcome", equalTo("FAILED"))
        .body("documents.error", containsString("text/html"));
  }

  @Test
  void anOldExportIsReportedStaleByReadiness() {
    // The samples were exported on 2026-09-26: far older than 36 hours.
    given()
        .get("/q/health/ready")
        .then()
        .statusCode(503)
        .body("checks.find { it.name == 'ema-exports' }.status", equalTo("DOWN"));
    given().get("/api/exports").then().body("find { it.kind == 'MEDICINES' }.stale", equalTo(true));

    Exports.serve(ema, Exports.MEDICINES, fresh(Exports.medicines()));
    Exports.serve(ema, Exports.DOCUMENTS, fresh(Exports.documents()));
    given().post("/api/exports/check");
    given()
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .body("checks.find { it.name == 'ema-exports' }.status", equalTo("UP"));
  }

  private static ObjectNode fresh(ObjectNode export) {
    ((ObjectNode) export.get("meta"))
        .put("timestamp", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
    return export;
  }

  private static String broken(String fault) {
    ObjectNode export = Exports.medicines();
    switch (fault) {
      case "truncated":
        String json = export.toString();
        return json.substring(0, json.length() / 2);
      case "not JSON":
        return "<html><body>Service unavailable</body></html>";
      case "shrunk":
        Exports.remove(export, record -> !record.path("name_of_medicine").asText().startsWith("T"));
        return export.toString();
      case "missing field":
        export.withArray("data").forEach(r -> ((ObjectNode) r).remove("ema_product_number"));
        return export.toString();
      default:
        throw new IllegalArgumentException(fault);
    }
  }
}

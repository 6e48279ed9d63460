package io.eparwatch.watch;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.oneOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.eparwatch.testing.Api;
import io.eparwatch.testing.EmaStub;
import io.eparwatch.testing.EmaStub.InjectEmaStub;
import io.eparwatch.testing.Exports;
import io.eparwatch.testing.Fixtures;
import io.eparwatch.testing.Pages;
import io.eparwatch.testing.PostgresProfile;
import io.eparwatch.testing.StubPages;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.impl.matchers.GroupMatcher;

/**
 * The production set-up for real: PostgreSQL, Flyway's scripts for it, the clustered Quartz JDBC
 * store, and the scheduled tick checking due watches by itself.
 */
@QuarkusTest
@TestProfile(PostgresProfile.class)
@QuarkusTestResource(EmaStub.class)
class PostgresIT {

  @InjectEmaStub WireMockServer ema;
  @Inject DataSource dataSource;
  @Inject Scheduler quartz;

  @Test
  void runsOnPostgresqlWithTheClusteredQuartzStore() throws Exception {
    try (var connection = dataSource.getConnection()) {
      assertEquals("PostgreSQL", connection.getMetaData().getDatabaseProductName());
    }
    assertTrue(quartz.getMetaData().isJobStoreClustered());
    assertTrue(quartz.getMetaData().isJobStoreSupportsPersistence());
  }

  @Test
  void onceInTheClusterJobsAreNonConcurrentQuartzJobsAndTheTickIsNotOne() throws Exception {
    List<String> quartzJobs =
        quartz.getJobKeys(GroupMatcher.anyGroup()).stream().map(JobKey::getName).toList();
    for (String job : List.of("resume-postponed-exports", "write-due-digests")) {
      JobKey key =
          quartz.getJobKeys(GroupMatcher.anyGroup()).stream()
              .filter(k -> k.getName().equals(job))
              .findFirst()
              .orElseThrow(() -> new AssertionError(job + " is not a Quartz job: " + quartzJobs));
      assertTrue(quartz.getJobDetail(key).isConcurrentExecutionDisallowed(), job);
    }
    // The tick runs on every instance (the simple scheduler), as does the outbox worker.
    assertFalse(quartzJobs.contains("check-due-watches"), quartzJobs.toString());
  }

  @Test
  void theScheduledTickChecksDueWatchesAndRecordsChanges() {
    StubPages.serve(ema, Pages.PATH, Pages.v1());
    String slug = Api.watch(ema.baseUrl() + Pages.PATH);
    awaitOutcome(slug, "BASELINE");

    StubPages.serve(ema, Pages.PATH, Pages.v2());
    makeDue(slug);
    awaitOutcome(slug, "CHANGED");
    Api.changes("product=" + slug)
        .statusCode(200)
        .body("type", hasItem("DOCUMENT_ADDED"))
        .body("find { it.type == 'TRANSLATION_ADDED' }.language", equalTo("is"));
  }

  @Test
  void theExportsAreIngestedAndSearchableOnPostgresql() {
    Exports.serve(ema, Exports.MEDICINES, Exports.medicines());
    Exports.serve(ema, Exports.DOCUMENTS, Exports.documents());
    given()
        .post("/api/exports/check")
        .then()
        .statusCode(200)
        .body("medicines.outcome", equalTo("INGESTED"))
        .body("documents.outcome", equalTo("INGESTED"));
    given()
        .get("/api/medicines?q=KYMR&atc=l01")
        .then()
        .statusCode(200)
        .body("total", equalTo(1))
        .body("items[0].name", equalTo("Kymriah"));
    given().post("/api/exports/check").then().body("medicines.versions", equalTo(0));
  }

  @Test
  void longValuesWildcardsAndRacingAddsWorkOnPostgresql() throws Exception {
    var medicines = Exports.medicines();
    String longName = "Kymriah " + "very long name ".repeat(1000);
    Exports.record(medicines, "ema_product_number", "EMEA/H/C/004090")
        .put("name_of_medicine", longName);
    Exports.addCopy(medicines, Exports.record(medicines, "ema_product_number", "EMEA/H/C/004090"))
        .put("ema_product_number", "EMEA/H/C/" + "9".repeat(150));
    Exports.serve(ema, Exports.MEDICINES, medicines);
    Exports.serve(ema, Exports.DOCUMENTS, Exports.documents());
    given()
        .post("/api/exports/check")
        .then()
        .body("medicines.outcome", equalTo("INGESTED"))
        .body("medicines.skipped", equalTo(1));
    given().get("/api/medicines?q=kymriah").then().body("items[0].name", equalTo(longName.strip()));
    given().queryParam("q", "%").get("/api/medicines").then().body("total", equalTo(0));

    String path = "/en/medicines/human/EPAR/long-values";
    String href = "/en/documents/variation-report/" + "x".repeat(3000) + "_en.pdf";
    String title = "Imlygic : " + "long title ".repeat(300);
    String page =
        Fixtures.insertBeforeDocumentBlock(
            Pages.v1(), Pages.PI, Pages.reportBlock(title.strip(), href));
    StubPages.serve(ema, path, page, "\"" + "e".repeat(2000) + "\"");
    assertEquals(Map.of(201, 1L, 409, 47L), Api.addConcurrently(ema.baseUrl() + path, 48));
    given()
        .post("/api/watches/long-values/check")
        .then()
        .statusCode(200)
        // The scheduled tick may have taken the first check already.
        .body("outcome", oneOf("BASELINE", "UNCHANGED"));
    given()
        .get("/api/watches/long-values/snapshots")
        .then()
        .body("size()", equalTo(1))
        .body("[0].etag", nullValue());
  }

  private static void makeDue(String slug) {
    QuarkusTransaction.requiringNew()
        .run(
            () -> Watch.findBySlug(slug).orElseThrow().nextCheckAt = Instant.now().minusSeconds(1));
  }

  private static void awaitOutcome(String slug, String outcome) {
    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> given().get("/api/watches/" + slug).then().body("lastOutcome", equalTo(outcome)));
  }
}

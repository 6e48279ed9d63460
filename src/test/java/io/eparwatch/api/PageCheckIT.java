package io.eparwatch.api;

import static io.eparwatch.testing.Api.changes;
import static io.eparwatch.testing.Api.check;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.eparwatch.testing.Api;
import io.eparwatch.testing.Database;
import io.eparwatch.testing.EmaStub;
import io.eparwatch.testing.EmaStub.InjectEmaStub;
import io.eparwatch.testing.Pages;
import io.eparwatch.testing.StubPages;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A watched page moving through versions, checked through the API against a loopback EMA. */
@QuarkusTest
@QuarkusTestResource(EmaStub.class)
class PageCheckIT {

  @InjectEmaStub WireMockServer ema;
  @Inject EntityManager em;
  String slug;

  @BeforeEach
  void freshState() {
    Database.reset(em);
    ema.resetAll();
    slug = Api.watch(ema.baseUrl() + Pages.PATH);
  }

  @Test
  void firstCheckIsABaselineWithoutEvents() {
    StubPages.serve(ema, Pages.PATH, Pages.v1());
    check(slug)
        .body("outcome", equalTo("BASELINE"))
        .body("snapshotId", notNullValue())
        .body("changes", empty());
    changes("").statusCode(200).body("", empty());
  }

  @Test
  void aNewRevisionBecomesTypedChanges() {
    StubPages.serve(ema, Pages.PATH, Pages.v1());
    check(slug);
    StubPages.serve(ema, Pages.PATH, Pages.v2());

    check(slug)
        .body("outcome", equalTo("CHANGED"))
        .body(
            "changes.type",
            containsInAnyOrder(
                "FIELD_CHANGED",
                "FIELD_CHANGED",
                "FIELD_CHANGED",
                "DOCUMENT_UPDATED",
                "DOCUMENT_UPDATED",
                "DOCUMENT_ADDED",
                "TRANSLATION_ADDED"))
        .body(
            "changes.find { it.field == 'latestProcedure' }.after",
            equalTo("II/0000312345 (2025-11-20)"))
        .body("changes.find { it.field == 'revision' }.before", equalTo("16"))
        .body("changes.find { it.field == 'revision' }.after", equalTo("17"))
        .body("changes.find { it.field == 'pageLastUpdated' }.after", equalTo("2025-11-20"))
        .body(
            "changes.find { it.field == 'lastUpdated' }.documentTitle",
            equalTo("Imlygic : EPAR - Product Information"))
        .body("changes.find { it.field == 'lastUpdated' }.before", equalTo("2025-10-06"))
        .body("changes.find { it.field == 'lastUpdated' }.after", equalTo("2025-11-20"))
        .body(
            "changes.find { it.type == 'DOCUMENT_ADDED' }.documentUrl",
            equalTo(ema.baseUrl() + Pages.NEW_REPORT))
        .body("changes.find { it.type == 'TRANSLATION_ADDED' }.language", equalTo("is"));

    changes("product=" + slug + "&type=DOCUMENT_ADDED")
        .statusCode(200)
        .body("", hasSize(1))
        .body("[0].product", equalTo("imlygic"))
        .body("[0].productNumber", equalTo("EMEA/H/C/002771"))
        .body("[0].detectedAt", notNullValue());
    changes("product=EMEA/H/C/002771&limit=2").body("", hasSize(2));
    changes("since=2999-01-01").body("", empty());
  }

  @Test
  void samePageAgainStoresNoVersion() {
    StubPages.serve(ema, Pages.PATH, Pages.v1());
    check(slug);
    check(slug).body("outcome", equalTo("UNCHANGED")).body("changes", empty());
    given().get("/api/watches/" + slug + "/snapshots").then().body("", hasSize(1));
    given()
        .get("/api/watches/" + slug)
        .then()
        .body("lastOutcome", equalTo("UNCHANGED"))
        .body("lastCheckedAt", notNullValue());
  }

  @Test
  void newTokensNoncesCacheBustersAndReorderingAreNoChange() {
    StubPages.serve(ema, Pages.PATH, Pages.v1());
    check(slug);
    StubPages.serve(ema, Pages.PATH, Pages.v1Reshuffled());
    check(slug).body("outcome", equalTo("UNCHANGED")).body("changes", empty());
    given().get("/api/watches/" + slug + "/snapshots").then().body("", hasSize(1));
  }

  @Test
  void conditionalGetAnswered304IsNotModified() {
    StubPages.serve(ema, Pages.PATH, Pages.v1(), "\"v1\"");
    check(slug);
    check(slug).body("outcome", equalTo("NOT_MODIFIED"));
    given().get("/api/watches/" + slug + "/snapshots").then().body("", hasSize(1));
  }

  @Test
  void aRemovalIsPublishedOnlyWhenTheNextCheckAgrees() {
    StubPages.serve(ema, Pages.PATH, Pages.v2());
    check(slug);
    StubPages.serve(ema, Pages.PATH, Pages.v3(), "\"v3\"");
    check(slug).body("outcome", equalTo("CHANGED")).body("changes", empty());
    changes("type=DOCUMENT_REMOVED").body("", empty());

    check(slug)
        .body("outcome", equalTo("NOT_MODIFIED"))
        .body("changes", hasSize(1))
        .body("changes[0].type", equalTo("DOCUMENT_REMOVED"))
        .body("changes[0].documentUrl", equalTo(ema.baseUrl() + Pages.SCIENTIFIC_CONCLUSION));
    changes("type=DOCUMENT_REMOVED").body("", hasSize(1));
  }

  @Test
  void aDocumentThatComesBackBeforeConfirmationIsNoChange() {
    StubPages.serve(ema, Pages.PATH, Pages.v2());
    check(slug);
    StubPages.serve(ema, Pages.PATH, Pages.v3());
    check(slug);
    StubPages.serve(ema, Pages.PATH, Pages.v2());
    check(slug).body("outcome", equalTo("CHANGED")).body("changes", empty());
    changes("").body("", empty());
  }

  @Test
  void versionsKeepTheParsedModelAndTheRawBody() {
    StubPages.serve(ema, Pages.PATH, Pages.v1(), "\"v1\"");
    int id = check(slug).extract().path("snapshotId");
    given()
        .get("/api/watches/" + slug + "/snapshots")
        .then()
        .body("[0].id", equalTo(id))
        .body("[0].version", equalTo(1))
        .body("[0].status", equalTo("GOOD"))
        .body("[0].etag", equalTo("\"v1\""))
        .body("[0].contentHash", notNullValue());
    given()
        .get("/api/snapshots/" + id)
        .then()
        .statusCode(200)
        .body("watch", equalTo(slug))
        .body("page.name", equalTo("Imlygic"))
        .body("page.latestProcedure.number", equalTo("VR/0000296281"))
        .body("page.latestProcedure.date", equalTo("2025-10-06"))
        .body("page.documents.size()", equalTo(10));
    given()
        .get("/api/snapshots/" + id + "/raw")
        .then()
        .statusCode(200)
        .header("Content-Type", startsWith("text/plain"))
        .header("Content-Security-Policy", equalTo("sandbox"))
        .body(containsString("<title>Imlygic | European Medicines Agency (EMA)</title>"));
  }
}

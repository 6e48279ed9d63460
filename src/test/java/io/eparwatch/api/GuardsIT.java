package io.eparwatch.api;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.eparwatch.testing.Api.changes;
import static io.eparwatch.testing.Api.check;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import io.eparwatch.testing.Api;
import io.eparwatch.testing.Database;
import io.eparwatch.testing.EmaStub;
import io.eparwatch.testing.EmaStub.InjectEmaStub;
import io.eparwatch.testing.Fixtures;
import io.eparwatch.testing.Pages;
import io.eparwatch.testing.StubPages;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Fault injection: nothing EMA can send makes a false change event, and failures stay isolated. */
@QuarkusTest
@QuarkusTestResource(EmaStub.class)
class GuardsIT {

  @InjectEmaStub WireMockServer ema;
  @Inject EntityManager em;
  String slug;

  @BeforeEach
  void baseline() {
    Database.reset(em);
    ema.resetAll();
    slug = Api.watch(ema.baseUrl() + Pages.PATH);
    StubPages.serve(ema, Pages.PATH, Pages.v1());
    check(slug).body("outcome", equalTo("BASELINE"));
  }

  @Test
  void serverErrorsAreRetriedThenRecordedAsFailure() {
    ema.resetRequests();
    StubPages.answer(ema, Pages.PATH, aResponse().withStatus(500));
    check(slug).body("outcome", equalTo("FAILED")).body("message", containsString("500"));
    ema.verify(3, getRequestedFor(urlPathEqualTo(Pages.PATH)));
    given()
        .get("/api/watches/" + slug)
        .then()
        .body("errorCount", equalTo(1))
        .body("lastOutcome", equalTo("FAILED"))
        .body("lastError", containsString("500"));
  }

  @Test
  void aTimeoutIsAFailureNotAChange() {
    StubPages.answer(
        ema,
        Pages.PATH,
        aResponse()
            .withStatus(200)
            .withHeader("Content-Type", "text/html")
            .withBody(Pages.v2())
            .withFixedDelay(3_000));
    check(slug)
        .body("outcome", equalTo("FAILED"))
        .body("message", containsString("no complete response"));
    changes("").body("", empty());
  }

  @Test
  void aBrokenConnectionIsAFailure() {
    StubPages.answer(ema, Pages.PATH, aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
    check(slug).body("outcome", equalTo("FAILED"));
  }

  @Test
  void aTruncatedPageIsSuspectAndMakesNoEvents() {
    String v2 = Pages.v2();
    StubPages.serve(ema, Pages.PATH, v2.substring(0, v2.length() * 2 / 3));
    check(slug)
        .body("outcome", equalTo("SUSPECT"))
        .body("changes", empty())
        .body("message", containsString("Truncated body"));
    given().get("/api/watches/" + slug).then().body("problem", containsString("Truncated body"));
    given()
        .get("/api/watches/" + slug + "/snapshots")
        .then()
        .body("", hasSize(2))
        .body("[0].status", equalTo("SUSPECT"));
  }

  @Test
  void aMaintenancePageServedWith200IsSuspect() {
    StubPages.serve(ema, Pages.PATH, Fixtures.read("pages/maintenance.html"));
    check(slug).body("outcome", equalTo("SUSPECT")).body("changes", empty());
    int id = given().get("/api/watches/" + slug + "/snapshots").then().extract().path("[0].id");
    given()
        .get("/api/snapshots/" + id)
        .then()
        .body("page", nullValue())
        .body("snapshot.suspectReason", containsString("Not an EPAR page"));
    StubPages.serve(ema, Pages.PATH, Pages.v1());
    check(slug).body("outcome", equalTo("UNCHANGED"));
    given().get("/api/watches/" + slug).then().body("problem", nullValue());
  }

  @Test
  void theSameSuspectPageIsStoredOnce() {
    StubPages.serve(ema, Pages.PATH, Fixtures.read("pages/maintenance.html"));
    check(slug);
    check(slug).body("outcome", equalTo("SUSPECT"));
    given().get("/api/watches/" + slug + "/snapshots").then().body("", hasSize(2));
  }

  @Test
  void losingHalfTheDocumentsAtOnceIsSuspectUntilSeenRepeatedly() {
    StubPages.serve(ema, Pages.PATH, Pages.v1HalfEmpty());
    check(slug)
        .body("outcome", equalTo("SUSPECT"))
        .body("message", containsString("lost 5 of its 10"));
    check(slug).body("outcome", equalTo("SUSPECT"));
    check(slug).body("outcome", equalTo("CHANGED")).body("changes", empty());
    check(slug)
        .body("outcome", equalTo("UNCHANGED"))
        .body("changes", hasSize(5))
        .body("changes.type.unique()", equalTo(java.util.List.of("DOCUMENT_REMOVED")));
  }

  @Test
  void anOversizedBodyIsRefused() {
    StubPages.serve(ema, Pages.PATH, Pages.v1() + "<!--" + "x".repeat(600 * 1024) + "-->");
    check(slug).body("outcome", equalTo("FAILED")).body("message", containsString("body exceeds"));
  }

  @Test
  void aRedirectToAForeignHostIsNotFollowed() {
    StubPages.answer(
        ema,
        Pages.PATH,
        aResponse()
            .withStatus(302)
            .withHeader("Location", "http://169.254.169.254/latest/meta-data/"));
    check(slug)
        .body("outcome", equalTo("FAILED"))
        .body("message", containsString("redirect to foreign host"));
  }

  @Test
  void oneFailingWatchDoesNotStopTheBatch() {
    String other = Api.watch(ema.baseUrl() + "/en/medicines/human/EPAR/suboxone");
    StubPages.answer(ema, "/en/medicines/human/EPAR/suboxone", aResponse().withStatus(500));
    given()
        .post("/api/checks")
        .then()
        .statusCode(200)
        .body("checked", equalTo(2))
        .body("outcomes.FAILED", equalTo(1))
        .body("outcomes.UNCHANGED", equalTo(1));
    given().get("/api/watches/" + other).then().body("errorCount", equalTo(1));
  }
}

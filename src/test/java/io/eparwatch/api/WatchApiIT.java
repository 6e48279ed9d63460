package io.eparwatch.api;

import static io.eparwatch.testing.Api.addWatch;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.eparwatch.testing.Database;
import io.eparwatch.testing.EmaStub;
import io.eparwatch.testing.EmaStub.InjectEmaStub;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Adding, listing and removing watches, and every way a request can be refused. */
@QuarkusTest
@QuarkusTestResource(EmaStub.class)
class WatchApiIT {

  @InjectEmaStub WireMockServer ema;
  @Inject EntityManager em;

  @BeforeEach
  void freshState() {
    Database.reset(em);
  }

  @Test
  void anEparPageOfTheEmaHostIsWatchedUnderItsSlug() {
    addWatch(ema.baseUrl() + "/en/medicines/human/EPAR/imlygic?utm=x#overview")
        .statusCode(201)
        .header("Location", containsString("/api/watches/imlygic"))
        .body("slug", equalTo("imlygic"))
        .body("url", equalTo(ema.baseUrl() + "/en/medicines/human/EPAR/imlygic"))
        .body("nextCheckAt", notNullValue());
    given().get("/api/watches").then().body("", hasSize(1)).body("[0].slug", equalTo("imlygic"));
    given().get("/api/watches/imlygic").then().statusCode(200);
  }

  @Test
  void watchingTheSamePageTwiceConflicts() {
    addWatch(ema.baseUrl() + "/en/medicines/human/EPAR/imlygic").statusCode(201);
    addWatch(ema.baseUrl() + "/medicines/human/EPAR/imlygic")
        .statusCode(409)
        .body("error", containsString("already watched"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "not a url",
        "ftp://127.0.0.1/en/medicines/human/EPAR/imlygic",
        "https://evil.example.com/en/medicines/human/EPAR/imlygic",
        "http://169.254.169.254/latest/meta-data/",
        "{base}/en/news/first-oncolytic-immunotherapy-medicine-recommended-approval",
        "{base}/en/documents/overview/imlygic-epar-summary-public_en.pdf",
        ""
      })
  void anythingButAnEmaEparPageIsRefused(String url) {
    addWatch(url.replace("{base}", ema.baseUrl()))
        .statusCode(400)
        .contentType(ContentType.JSON)
        .body("error", notNullValue());
    given().get("/api/watches").then().body("", hasSize(0));
  }

  @Test
  void aBodyThatIsNotJsonIsABadRequest() {
    given()
        .contentType(ContentType.JSON)
        .body("{\"url\": ")
        .post("/api/watches")
        .then()
        .statusCode(400)
        .body("error", equalTo("request body is not valid JSON"));
  }

  @Test
  void aMissingUrlIsABadRequest() {
    given()
        .contentType(ContentType.JSON)
        .body("{}")
        .post("/api/watches")
        .then()
        .statusCode(400)
        .body("error", equalTo("url or productNumber is required"));
  }

  @Test
  void unknownSlugsAndSnapshotsAreNotFound() {
    given().get("/api/watches/nope").then().statusCode(404).body("error", containsString("nope"));
    given().post("/api/watches/nope/check").then().statusCode(404).body("error", notNullValue());
    given().delete("/api/watches/nope").then().statusCode(404);
    given().get("/api/watches/nope/snapshots").then().statusCode(404);
    given().get("/api/snapshots/999999").then().statusCode(404).body("error", notNullValue());
    given().get("/api/snapshots/abc/raw").then().statusCode(400).body("error", notNullValue());
  }

  @Test
  void aWatchCanBeDeleted() {
    addWatch(ema.baseUrl() + "/en/medicines/human/EPAR/imlygic").statusCode(201);
    given().delete("/api/watches/imlygic").then().statusCode(204);
    given().get("/api/watches/imlygic").then().statusCode(404);
  }

  @ParameterizedTest
  @ValueSource(strings = {"type=NOPE", "since=yesterday", "limit=0", "limit=abc", "limit=5000"})
  void badChangeQueriesAreBadRequests(String query) {
    given().get("/api/changes?" + query).then().statusCode(400).body("error", notNullValue());
  }

  @Test
  void healthAndApiDocsAreServed() {
    given().get("/q/health/ready").then().statusCode(200);
    given().get("/q/openapi?format=json").then().statusCode(200).body("paths", notNullValue());
  }
}

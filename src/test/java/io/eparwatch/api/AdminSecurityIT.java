package io.eparwatch.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

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

/** Admin actions need the admin login; reading does not. */
@QuarkusTest
@QuarkusTestResource(EmaStub.class)
class AdminSecurityIT {

  @InjectEmaStub WireMockServer ema;
  @Inject EntityManager em;

  @BeforeEach
  void freshState() {
    Database.reset(em);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/api/checks", "/api/exports/check", "/api/watches/imlygic/check"})
  void adminActionsWithoutLoginAreRefused(String path) {
    given()
        .auth()
        .none()
        .post(path)
        .then()
        .statusCode(401)
        .header("WWW-Authenticate", "Basic realm=\"EPAR Watch\"")
        .body("error", equalTo("login required"));
  }

  @Test
  void addingAndRemovingWatchesNeedsTheLogin() {
    String body = "{\"url\": \"" + ema.baseUrl() + "/en/medicines/human/EPAR/imlygic\"}";
    given()
        .auth()
        .none()
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/watches")
        .then()
        .statusCode(401);
    given()
        .auth()
        .preemptive()
        .basic("admin", "wrong")
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/watches")
        .then()
        .statusCode(401);
    given().contentType(ContentType.JSON).body(body).post("/api/watches").then().statusCode(201);
    given().auth().none().delete("/api/watches/imlygic").then().statusCode(401);
    given().auth().none().get("/api/watches/imlygic").then().statusCode(200);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/watches",
        "/api/changes",
        "/api/medicines",
        "/api/exports",
        "/q/health/live"
      })
  void readingNeedsNoLogin(String path) {
    given().auth().none().get(path).then().statusCode(200);
  }
}

package io.eparwatch.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.eparwatch.security.Users;
import io.eparwatch.testing.AdminLogin;
import io.eparwatch.testing.Database;
import io.eparwatch.testing.EmaStub;
import io.eparwatch.testing.EmaStub.InjectEmaStub;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** /api/users (admin only) and what each role may do in the API. */
@QuarkusTest
@QuarkusTestResource(EmaStub.class)
class UsersAndRolesIT {

  @InjectEmaStub WireMockServer ema;

  private static final String PASSWORD = "a-long-password-1";

  @Inject EntityManager em;
  @Inject Users users;

  @BeforeEach
  void threeUsers() {
    Database.reset(em);
    users.add("vera", PASSWORD, "viewer");
    users.add("ed", PASSWORD, "editor");
    users.add("ada", PASSWORD, "admin");
  }

  /** Each row: who, method, path, expected status (200/201/204 allowed, 403 not). */
  @ParameterizedTest
  @CsvSource({
    "vera, get, /api/watches, 200",
    "vera, get, /api/changes, 200",
    "vera, post, /api/checks, 403",
    "vera, delete, /api/watches/nope, 403",
    "vera, get, /api/users, 403",
    "ed, post, /api/checks, 200",
    "ed, post, /api/watches/nope/check, 404",
    "ed, delete, /api/watches/nope, 404",
    "ed, post, /api/exports/check, 403",
    "ed, get, /api/webhooks, 403",
    "ed, get, /api/deliveries, 403",
    "ed, get, /api/users, 403",
    "ada, get, /api/webhooks, 200",
    "ada, get, /api/deliveries, 200",
    "ada, get, /api/users, 200",
  })
  void roleMatrix(String who, String method, String path, int status) {
    RequestSpecification request =
        given().auth().preemptive().basic(who, PASSWORD).contentType(ContentType.JSON);
    (method.equals("get")
            ? request.get(path)
            : method.equals("post") ? request.post(path) : request.delete(path))
        .then()
        .statusCode(status);
  }

  @Test
  void forbiddenIsJsonInWords() {
    given()
        .auth()
        .preemptive()
        .basic("ed", PASSWORD)
        .get("/api/users")
        .then()
        .statusCode(403)
        .body("error", equalTo("not allowed for this login"));
  }

  @Test
  void anEditorAddsAndRemovesAWatch() {
    String body = "{\"url\": \"" + ema.baseUrl() + "/en/medicines/human/EPAR/imlygic\"}";
    given()
        .auth()
        .preemptive()
        .basic("vera", PASSWORD)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/watches")
        .then()
        .statusCode(403);
    given()
        .auth()
        .preemptive()
        .basic("ed", PASSWORD)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/watches")
        .then()
        .statusCode(201);
    given()
        .auth()
        .preemptive()
        .basic("ed", PASSWORD)
        .delete("/api/watches/imlygic")
        .then()
        .statusCode(204);
  }

  @Test
  void theListShowsTheConfiguredAdminAndNeverAHash() {
    given()
        .get("/api/users")
        .then()
        .statusCode(200)
        .body("username", hasItems(AdminLogin.USER, "ada", "ed", "vera"))
        .body("find { it.username == 'admin' }.configured", equalTo(true))
        .body("find { it.username == 'ed' }.role", equalTo("editor"))
        .body(not(containsString("$2")))
        .body(not(containsString("assword")));
  }

  @Test
  void addingAUserGivesALoginWithItsRole() {
    add("{\"username\": \"nina\", \"password\": \"" + PASSWORD + "\", \"role\": \"editor\"}")
        .statusCode(201)
        .header("Location", containsString("/api/users/nina"))
        .body("username", equalTo("nina"))
        .body("role", equalTo("editor"))
        .body(not(containsString("$2")));
    given()
        .auth()
        .preemptive()
        .basic("nina", PASSWORD)
        .contentType(ContentType.JSON)
        .post("/api/checks")
        .then()
        .statusCode(200);
    given()
        .auth()
        .preemptive()
        .basic("nina", "wrong-password-x")
        .get("/api/watches")
        .then()
        .statusCode(401)
        .body("error", equalTo("login required"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"username\": \"nina\", \"password\": \"short\", \"role\": \"viewer\"}"
            + "| at least 12 characters",
        "{\"username\": \"nina\", \"password\": \"a-long-password-1\", \"role\": \"root\"}"
            + "| admin, editor or viewer",
        "{\"username\": \"has space\", \"password\": \"a-long-password-1\", \"role\": \"viewer\"}"
            + "| no spaces",
        "{\"username\": \"nina\", \"password\": \"a-long-password-1\"}| admin, editor or viewer",
        "{\"username\": \"nina\", \"pw\": \"a-long-password-1\", \"role\": \"viewer\"}"
            + "| Unknown field",
        "[]| JSON object",
      })
  void badInputIs400InWords(String body, String says) {
    add(body).statusCode(400).body("error", containsString(says));
  }

  @Test
  void aTakenNameIs409() {
    add("{\"username\": \"ed\", \"password\": \"" + PASSWORD + "\", \"role\": \"viewer\"}")
        .statusCode(409)
        .body("error", containsString("exists"));
    add("{\"username\": \"admin\", \"password\": \"" + PASSWORD + "\", \"role\": \"viewer\"}")
        .statusCode(409);
  }

  @Test
  void removingAUserEndsItsLogin() {
    given().delete("/api/users/vera").then().statusCode(204);
    given().auth().preemptive().basic("vera", PASSWORD).get("/api/watches").then().statusCode(401);
    given().delete("/api/users/vera").then().statusCode(404).body("error", notNullValue());
  }

  @Test
  void theConfiguredAdminCannotBeRemoved() {
    given()
        .delete("/api/users/" + AdminLogin.USER)
        .then()
        .statusCode(409)
        .body("error", containsString("configured admin"));
    given().get("/api/users").then().statusCode(200);
  }

  @Test
  void onlyAdminsManageUsers() {
    given().auth().none().get("/api/users").then().statusCode(401);
    given()
        .auth()
        .preemptive()
        .basic("ed", PASSWORD)
        .delete("/api/users/vera")
        .then()
        .statusCode(403);
    given()
        .auth()
        .preemptive()
        .basic("ada", PASSWORD)
        .delete("/api/users/vera")
        .then()
        .statusCode(204);
  }

  private static io.restassured.response.ValidatableResponse add(String body) {
    return given().contentType(ContentType.JSON).body(body).post("/api/users").then();
  }

  private static org.hamcrest.Matcher<Object> notNullValue() {
    return org.hamcrest.Matchers.notNullValue();
  }
}

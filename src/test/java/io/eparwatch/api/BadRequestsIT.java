package io.eparwatch.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.eparwatch.testing.Api;
import io.eparwatch.testing.Database;
import io.eparwatch.testing.EmaStub;
import io.eparwatch.testing.EmaStub.InjectEmaStub;
import io.eparwatch.testing.Exports;
import io.eparwatch.watch.Watch;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every bad request is a 4xx with {@code {"error": "..."}}: never a 500, never an empty body. */
@QuarkusTest
@QuarkusTestResource(EmaStub.class)
class BadRequestsIT {

  @InjectEmaStub WireMockServer ema;
  @Inject EntityManager em;

  @BeforeEach
  void freshState() {
    Database.reset(em);
    ema.resetAll();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "[]",
        "[{\"url\": \"x\"}]",
        "\"https://www.ema.europa.eu/en/medicines/human/EPAR/x\"",
        "42",
        "true",
        "{\"url\": {}}",
        "{\"url\": []}",
        "{\"productNumber\": {\"a\": 1}}",
        "{\"url\": ",
        "{url: 'x'}",
        "{\"url\": \"x\"} trailing",
        "null",
        "",
        "{}",
        "{\"url\": \"\"}",
        "{\"url\": \"ftp://example.org/x\"}",
      })
  void aMalformedBodyIsA400WithAMessage(String body) {
    postWatch(body).statusCode(400);
  }

  @ParameterizedTest
  @ValueSource(ints = {100, 2_000, 8_000})
  void deepNestingIsA400WithAMessage(int depth) {
    postWatch("{\"url\": " + "[".repeat(depth) + "]".repeat(depth) + "}").statusCode(400);
    postWatch("{\"other\": " + "[".repeat(depth) + "]".repeat(depth) + "}").statusCode(400);
    postWatch("{\"other\": " + "{\"a\": ".repeat(depth) + "1" + "}".repeat(depth) + "}")
        .statusCode(400);
  }

  @Test
  void anotherContentTypeIsA415WithAMessage() {
    errorOf(given().contentType(ContentType.TEXT).body("url=x").post("/api/watches").then())
        .statusCode(415);
  }

  @ParameterizedTest
  @ValueSource(ints = {65 * 1024, 1024 * 1024, 10 * 1024 * 1024})
  void aHugeBodyIsA413WithAMessage(int bytes) {
    String body = "{\"url\": \"" + "x".repeat(bytes) + "\"}";
    errorOf(given().contentType(ContentType.JSON).body(body).post("/api/watches").then())
        .statusCode(413)
        .body("error", containsString("too large"));
    assertEquals(0, QuarkusTransaction.requiringNew().call(() -> Watch.count()));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"/api/watches/%s", "/api/medicines?q=%s", "/api/changes?product=%s", "/%s"})
  void aLongUrlIsA414WithAMessage(String template) {
    errorOf(given().urlEncodingEnabled(false).get(template.formatted("a".repeat(10_000))).then())
        .statusCode(414)
        .body("error", containsString("URL too long"));
  }

  @Test
  void aSlugLongerThanItsColumnIsA400AndLookingItUpA404() {
    String name = "a".repeat(201);
    errorOf(Api.addWatch(ema.baseUrl() + "/en/medicines/human/EPAR/" + name))
        .statusCode(400)
        .body("error", containsString("longer than 200"));
    errorOf(given().get("/api/watches/" + name).then()).statusCode(404);
    errorOf(given().post("/api/watches/" + name + "/check").then()).statusCode(404);
    errorOf(given().delete("/api/watches/" + name).then()).statusCode(404);
  }

  @ParameterizedTest
  @CsvSource({
    "2147483647, 200, 400",
    "2147483647, 2, 400",
    "99999999, 200, 400",
    "2147483647, 1, 200",
    "10737418, 200, 200",
    "-1, 50, 400",
    "x, 50, 400",
    "0, 0, 400",
    "0, 201, 400",
    "0, 2147483648, 400",
  })
  void extremePagesAreA400OrAnEmptyPage(String page, String size, int status) {
    ValidatableResponse response =
        given().queryParam("page", page).queryParam("size", size).get("/api/medicines").then();
    if (status == 200) {
      response.statusCode(200).body("items", empty());
    } else {
      errorOf(response).statusCode(400);
    }
  }

  @Test
  void concurrentIdenticalAddsMakeOneWatchAndConflictsForTheRest() throws Exception {
    String url = ema.baseUrl() + "/en/medicines/human/EPAR/imlygic";
    Map<Integer, Long> counts = Api.addConcurrently(url, 48);
    assertEquals(Map.of(201, 1L, 409, 47L), counts);
    assertEquals(1, QuarkusTransaction.requiringNew().call(() -> Watch.count()));
    errorOf(Api.addWatch(url)).statusCode(409).body("error", containsString("imlygic"));
  }

  @ParameterizedTest
  @CsvSource({"%, 1", "_, 1", "100%, 1", "%_, 0", "!, 0", "odd, 1", "' ', 21"})
  void searchWildcardsMatchThemselves(String q, int total) {
    var medicines = Exports.medicines();
    Exports.record(medicines, "ema_product_number", "EMEA/H/C/005752")
        .put("name_of_medicine", "Odd 100% name_x");
    Exports.serve(ema, Exports.MEDICINES, medicines);
    Exports.serve(ema, Exports.DOCUMENTS, Exports.documents());
    given().post("/api/exports/check").then().statusCode(200);
    given()
        .queryParam("q", q)
        .get("/api/medicines")
        .then()
        .statusCode(200)
        .body("total", equalTo(total));
  }

  @Test
  void humanAndVeterinaryPagesOfTheSameNameAreTwoWatches() {
    String human = Api.watch(ema.baseUrl() + "/en/medicines/human/EPAR/bravecto");
    String veterinary = Api.watch(ema.baseUrl() + "/en/medicines/veterinary/EPAR/bravecto");
    assertEquals("bravecto", human);
    assertEquals("bravecto-veterinary", veterinary);
    given()
        .get("/api/watches/" + veterinary)
        .then()
        .statusCode(200)
        .body("url", equalTo(ema.baseUrl() + "/en/medicines/veterinary/EPAR/bravecto"));
    errorOf(Api.addWatch(ema.baseUrl() + "/medicines/veterinary/EPAR/bravecto/"))
        .statusCode(409)
        .body("error", containsString("bravecto-veterinary"));
  }

  private static ValidatableResponse postWatch(String body) {
    return errorOf(given().contentType(ContentType.JSON).body(body).post("/api/watches").then());
  }

  /** A JSON error for a person: no class names, no SQL, no stack trace. */
  private static ValidatableResponse errorOf(ValidatableResponse response) {
    return response
        .contentType(startsWith("application/json"))
        .body("error", not(empty()))
        .body("error", not(containsString("Exception")))
        .body("error", not(containsString("jackson")))
        .body("error", not(containsString("SQL")))
        .body("error", not(containsString("\tat ")));
  }
}

package io.eparwatch.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.eparwatch.alert.Webhook;
import io.eparwatch.testing.Catalogued;
import io.eparwatch.testing.Database;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Adding, listing and removing webhooks; what is refused, and that nothing is stored then. */
@QuarkusTest
class WebhookApiIT {

  static final String SECRET = "0123456789abcdef-secret";

  @Inject EntityManager em;

  @BeforeEach
  void freshState() {
    Database.reset(em);
  }

  @Test
  void anAddedWebhookIsListedWithItsFilterAndCountsButNeverItsSecret() {
    Catalogued.medicine("imlygic", "EMEA/H/C/002771");
    Catalogued.medicine("suboxone", "EMEA/H/C/000697");
    post("""
            {"url": "https://hooks.example.org/epar?team=ra", "secret": "%s",
             "filter": {"products": ["imlygic", "EMEA/H/C/000697"], "types": ["document_added"],
                        "atc": "l01", "holder": "Amgen", "source": "page"}}"""
            .formatted(SECRET))
        .statusCode(201)
        .header("Location", containsString("/api/webhooks/"))
        .body("$", not(hasKey("secret")));

    given()
        .get("/api/webhooks")
        .then()
        .statusCode(200)
        .body("", hasSize(1))
        .body("[0]", not(hasKey("secret")))
        .body("[0].url", equalTo("https://hooks.example.org/epar?team=ra"))
        .body("[0].filter.products", equalTo(List.of("EMEA/H/C/000697", "imlygic")))
        .body("[0].filter.types", equalTo(List.of("DOCUMENT_ADDED")))
        .body("[0].filter.atc", equalTo("L01"))
        .body("[0].filter.holder", equalTo("amgen"))
        .body("[0].filter.source", equalTo("page"))
        .body("[0].deliveries.PENDING", equalTo(0))
        .body("[0].deliveries.DEAD", equalTo(0));
    given().get("/api/webhooks").then().body(not(containsString(SECRET)));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"secret\": \"%s\"}",
        "{\"url\": \"\", \"secret\": \"%s\"}",
        "{\"url\": \"ftp://example.org/x\", \"secret\": \"%s\"}",
        "{\"url\": \"file:///etc/passwd\", \"secret\": \"%s\"}",
        "{\"url\": \"/relative/hook\", \"secret\": \"%s\"}",
        "{\"url\": \"http:///no-host\", \"secret\": \"%s\"}",
        "{\"url\": \"http://user:pw@example.org/\", \"secret\": \"%s\"}",
        "{\"url\": \"http://example.org/a b\", \"secret\": \"%s\"}",
        "{\"url\": \"http://example.org/\\r\\nX-Evil: 1\", \"secret\": \"%s\"}",
        "{\"url\": \"http://example.org/\\u0000\", \"secret\": \"%s\"}",
        "{\"url\": \"http://example.org/\"}",
        "{\"url\": \"http://example.org/\", \"secret\": \"short\"}",
        "{\"url\": \"http://example.org/\", \"secret\": \"sixteen chars but spaces\"}",
        "{\"url\": \"http://example.org/\", \"secret\": \"0123456789abcdef\\n\"}",
        "{\"url\": \"http://example.org/\", \"secret\": \"%s\", \"extra\": 1}",
        "{\"url\": \"http://example.org/\", \"secret\": \"%s\", \"filter\": {\"product\": []}}",
        "{\"url\": \"http://example.org/\", \"secret\": \"%s\", \"filter\": {\"types\": [\"X\"]}}",
        "{\"url\": \"http://example.org/\", \"secret\": \"%s\", \"filter\": {\"atc\": \"123\"}}",
        "{\"url\": \"http://example.org/\", \"secret\": \"%s\", \"filter\": {\"source\": \"rss\"}}",
        "{\"url\": \"http://example.org/\", \"secret\": \"%s\", \"filter\": {\"holder\": \"a\\r\\nb\"}}",
        "{\"url\": \"http://example.org/\", \"secret\": \"%s\", \"filter\": {\"products\": [\"a\\nb\"]}}",
        "{\"url\": \"http://example.org/\", \"secret\": \"%s\", \"filter\": {\"products\": \"x\"}}",
        "{\"url\": \"http://example.org/\", \"secret\": \"%s\", \"filter\": []}",
        "[]",
        "null",
        "",
        "{\"url\": ",
      })
  void aBadWebhookIsA400AndNothingIsStored(String template) {
    errorOf(post(template.formatted(SECRET))).statusCode(400);
    assertEquals(0L, storedWebhooks());
  }

  @Test
  void aTooLongUrlOrSecretIsA400() {
    String longUrl = "https://example.org/" + "a".repeat(2000);
    errorOf(post("{\"url\": \"%s\", \"secret\": \"%s\"}".formatted(longUrl, SECRET)))
        .statusCode(400)
        .body("error", containsString("2000"));
    errorOf(
            post(
                "{\"url\": \"https://example.org/\", \"secret\": \"%s\"}"
                    .formatted("s".repeat(201))))
        .statusCode(400)
        .body("error", containsString("secret"));
    assertEquals(0L, storedWebhooks());
  }

  @Test
  void anUnknownFieldIsNamed() {
    errorOf(
            post(
                "{\"url\": \"http://example.org/\", \"secret\": \"%s\", \"filter\": {\"atcCode\": \"L01\"}}"
                    .formatted(SECRET)))
        .statusCode(400)
        .body("error", containsString("\"atcCode\""));
  }

  @Test
  void anOversizedBodyIsA413AndNothingIsStored() {
    String body =
        "{\"url\": \"https://example.org/\", \"secret\": \"%s\", \"filter\": {\"holder\": \"%s\"}}"
            .formatted(SECRET, "h".repeat(70 * 1024));
    errorOf(post(body)).statusCode(413);
    assertEquals(0L, storedWebhooks());
  }

  @Test
  void everyWebhookAndDeliveryEndpointNeedsTheAdminLogin() {
    String body = "{\"url\": \"https://example.org/\", \"secret\": \"%s\"}".formatted(SECRET);
    errorOf(
            given()
                .auth()
                .none()
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/webhooks")
                .then())
        .statusCode(401);
    errorOf(given().auth().none().get("/api/webhooks").then()).statusCode(401);
    errorOf(given().auth().none().delete("/api/webhooks/1").then()).statusCode(401);
    errorOf(given().auth().none().get("/api/deliveries").then()).statusCode(401);
    assertEquals(0L, storedWebhooks());
  }

  @Test
  void removingIsA204ThenA404AndABadIdA400() {
    int id =
        post("{\"url\": \"https://example.org/\", \"secret\": \"%s\"}".formatted(SECRET))
            .statusCode(201)
            .extract()
            .path("id");
    given().delete("/api/webhooks/" + id).then().statusCode(204);
    errorOf(given().delete("/api/webhooks/" + id).then()).statusCode(404);
    errorOf(given().delete("/api/webhooks/x").then()).statusCode(400);
    given().get("/api/webhooks").then().body("", empty());
  }

  @Test
  void deliveriesAreListedByStateInAnyCaseAndAnUnknownStateIsA400() {
    given().get("/api/deliveries").then().statusCode(200).body("", empty());
    given().get("/api/deliveries?state=pending").then().statusCode(200).body("", empty());
    given().get("/api/deliveries?state=FAILED&limit=500").then().statusCode(200);
    errorOf(given().get("/api/deliveries?state=LOST").then())
        .statusCode(400)
        .body("error", containsString("PENDING"));
    errorOf(given().get("/api/deliveries?limit=501").then()).statusCode(400);
  }

  private static ValidatableResponse post(String body) {
    return given().contentType(ContentType.JSON).body(body).post("/api/webhooks").then();
  }

  private static long storedWebhooks() {
    return QuarkusTransaction.requiringNew().call(() -> Webhook.count());
  }

  private static ValidatableResponse errorOf(ValidatableResponse response) {
    return response
        .contentType(startsWith("application/json"))
        .body("error", not(empty()))
        .body("error", not(containsString("Exception")))
        .body("error", not(containsString("jackson")));
  }
}

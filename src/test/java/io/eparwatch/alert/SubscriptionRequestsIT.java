package io.eparwatch.alert;

import static io.eparwatch.alert.Alerts.request;
import static io.eparwatch.alert.Alerts.subscribe;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the public subscription endpoint refuses (nothing stored), limits, and the admin view. */
@QuarkusTest
class SubscriptionRequestsIT extends MailTestBase {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"email\": \"no-at-sign\", \"mode\": \"DAILY\"}",
        "{\"email\": \"two words@example.org\", \"mode\": \"DAILY\"}",
        "{\"email\": \"a@example.org, b@example.org\", \"mode\": \"DAILY\"}",
        "{\"email\": \"a@example.org;b@example.org\", \"mode\": \"DAILY\"}",
        "{\"email\": \"Reader <a@example.org>\", \"mode\": \"DAILY\"}",
        "{\"email\": \"a@example.org\\r\\nBcc: victim@example.org\", \"mode\": \"DAILY\"}",
        "{\"email\": \"a@localhost\", \"mode\": \"DAILY\"}",
        "{\"email\": \"a@@example.org\", \"mode\": \"DAILY\"}",
        "{\"mode\": \"DAILY\"}",
        "{\"email\": 42, \"mode\": \"DAILY\"}",
        "{\"email\": \"a@example.org\", \"mode\": \"HOURLY\"}",
        "{\"email\": \"a@example.org\"}",
        "{\"email\": \"a@example.org\", \"mode\": \"DAILY\", \"token\": \"x\"}",
        "{\"email\": \"a@example.org\", \"mode\": \"DAILY\", \"filter\": {\"colour\": \"red\"}}",
        "{\"email\": \"a@example.org\", \"mode\": \"DAILY\", \"filter\": {\"types\": [\"RENAMED\"]}}",
        "{\"email\": \"a@example.org\", \"mode\": \"DAILY\", \"filter\": {\"types\": \"DOCUMENT_ADDED\"}}",
        "{\"email\": \"a@example.org\", \"mode\": \"DAILY\", \"filter\": {\"holder\": \"Amgen\\r\\nX: y\"}}",
        "{\"email\": \"a@example.org\", \"mode\": \"DAILY\", \"filter\": {\"products\": [\"a\\nb\"]}}",
        "{\"email\": \"a@example.org\", \"mode\": \"DAILY\", \"filter\": {\"products\": [\"a,b\"]}}",
        "{\"email\": \"a@example.org\", \"mode\": \"DAILY\", \"filter\": {\"atc\": \"12x\"}}",
        "{\"email\": \"a@example.org\", \"mode\": \"DAILY\", \"filter\": {\"source\": \"rumour\"}}",
        "{\"email\": \"a@example.org\", \"mode\": \"DAILY\", \"filter\": [\"imlygic\"]}",
        "[\"a@example.org\"]",
        "\"a@example.org\"",
        "{\"email\": \"a@example.org\", \"mode\": \"DAI",
      })
  void refusedWithASentenceAndNothingStored(String body) {
    subscribe(body).statusCode(400).body("error", notNullValue());
    assertEquals(0, Alerts.count(Subscription.class));
    assertEquals(0, Alerts.count(Delivery.class));
  }

  @Test
  void anAddressOfAtMost254CharactersIsAccepted() {
    String domain = ("d".repeat(60) + ".").repeat(4) + "org";
    subscribe(request("a".repeat(7) + "@" + domain, "DAILY", "{}")).statusCode(400);
    assertEquals(0, Alerts.count(Subscription.class));
    subscribe(request("a".repeat(6) + "@" + domain, "DAILY", "{}")).statusCode(201);
  }

  @Test
  void anOversizedBodyIs413() {
    String body = request("a@example.org", "DAILY", "{\"holder\": \"" + "x".repeat(70_000) + "\"}");
    subscribe(body).statusCode(413).body("error", containsString("too large"));
    assertEquals(0, Alerts.count(Subscription.class));
  }

  @Test
  void confirmationMailsPerAddressAreLimited() {
    for (String atc : new String[] {"L01", "L02", "L03"}) {
      subscribe(request("busy@example.org", "DAILY", "{\"atc\": \"" + atc + "\"}")).statusCode(201);
    }
    subscribe(request("busy@example.org", "DAILY", "{\"atc\": \"L04\"}"))
        .statusCode(429)
        .header("Retry-After", notNullValue())
        .body("error", containsString("too many"));
    assertEquals(3, Alerts.count(Subscription.class));
    assertEquals(3, Alerts.count(Delivery.class));
    subscribe(request("other@example.org", "DAILY", "{}")).statusCode(201);
  }

  @Test
  void confirmationMailsPerClientAreLimited() {
    for (int i = 0; i < 20; i++) {
      subscribe(request("reader" + i + "@example.org", "WEEKLY", "{}")).statusCode(201);
    }
    subscribe(request("reader20@example.org", "WEEKLY", "{}")).statusCode(429);
    assertEquals(20, Alerts.count(Delivery.class));
  }

  @Test
  void theAdminListsAndDeletesAndOthersMayNot() {
    long id =
        subscribe(request("a@example.org", "WEEKLY", "{\"types\": [\"document_added\"]}"))
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    given().auth().none().get("/api/subscriptions").then().statusCode(401);
    given().auth().none().delete("/api/subscriptions/" + id).then().statusCode(401);
    given()
        .get("/api/subscriptions?limit=10")
        .then()
        .statusCode(200)
        .body("[0].email", equalTo("a@example.org"))
        .body("[0].mode", equalTo("WEEKLY"))
        .body("[0].filter.types[0]", equalTo("DOCUMENT_ADDED"))
        .body("[0].createdAt", notNullValue());
    given().get("/api/subscriptions?limit=0").then().statusCode(400);

    given().delete("/api/subscriptions/" + id).then().statusCode(204);
    given().delete("/api/subscriptions/" + id).then().statusCode(404);
    assertEquals(new MailOutbox.Pass(0, 0, 1), outbox.sendDue(), "its confirmation is Gone");
    assertEquals(0, mail.received().size());
  }

  @Test
  void digestRunsNeedTheAdminAndAMode() {
    given().auth().none().post("/api/alerts/digests/run?mode=DAILY").then().statusCode(401);
    given()
        .contentType(ContentType.JSON)
        .post("/api/alerts/digests/run?mode=IMMEDIATE")
        .then()
        .statusCode(400)
        .body("error", containsString("DAILY or WEEKLY"));
    Alerts.runDigests("DAILY").statusCode(200).body("subscriptions", equalTo(0));
  }
}

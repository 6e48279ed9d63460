package io.eparwatch.alert;

import static io.eparwatch.alert.Alerts.request;
import static io.eparwatch.alert.Alerts.subscribe;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.eparwatch.testing.Api;
import io.eparwatch.testing.Catalogued;
import io.eparwatch.testing.EmaStub.InjectEmaStub;
import io.eparwatch.testing.Pages;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A subscription whose filter names a product nobody knows (a typo) would never mail anything: it
 * is refused in words, like a feed's, and nothing is stored or mailed.
 */
@QuarkusTest
class SubscriptionProductsIT extends MailTestBase {

  @InjectEmaStub WireMockServer ema;

  @Test
  void aTypoIsRefusedWithASentenceAndNothingIsStoredOrMailed() {
    Catalogued.medicine("imlygic", "EMEA/H/C/002771");
    subscribe(
            request(
                "reader@example.org", "IMMEDIATE", "{\"products\": [\"imlygic\", \"imlygik\"]}"))
        .statusCode(400)
        .contentType(ContentType.JSON)
        .body("error", containsString("Unknown product \"imlygik\": neither in EMA's catalogue"))
        .body("error", containsString("/catalogue, or GET /api/medicines?q="));
    assertEquals(0, Alerts.count(Subscription.class));
    assertEquals(0, Alerts.count(Delivery.class));
    assertEquals(new MailOutbox.Pass(0, 0, 0), outbox.sendDue());
    assertEquals(List.of(), mail.received());
  }

  @Test
  void theUnknownValueIsQuotedCutAndMarkupStaysInsideTheJsonString() {
    String typed = "<img src=x onerror=alert(1)>" + "x".repeat(30);
    subscribe(request("reader@example.org", "DAILY", "{\"products\": [\"" + typed + "\"]}"))
        .statusCode(400)
        .contentType(ContentType.JSON)
        .body("error", containsString("Unknown product \"" + typed.substring(0, 40) + "…\":"));
    assertEquals(0, Alerts.count(Subscription.class));
  }

  @Test
  void aSlugOrANumberIsStoredAsTypedButAnotherCaseNeverMatchesAndIsRefused() {
    Catalogued.medicine("imlygic", "EMEA/H/C/002771");
    subscribe(request("slug@example.org", "DAILY", "{\"products\": [\"imlygic\"]}"))
        .statusCode(201)
        .body("filter.products", equalTo(List.of("imlygic")));
    subscribe(request("number@example.org", "DAILY", "{\"products\": [\" EMEA/H/C/002771 \"]}"))
        .statusCode(201)
        .body("filter.products", equalTo(List.of("EMEA/H/C/002771")));
    subscribe(request("case@example.org", "DAILY", "{\"products\": [\"Imlygic\"]}"))
        .statusCode(400)
        .body("error", containsString("Unknown product \"Imlygic\""));
    given()
        .get("/api/subscriptions")
        .then()
        .body("filter.products", equalTo(List.of(List.of("imlygic"), List.of("EMEA/H/C/002771"))));
  }

  @Test
  void aWatchedProductIsKnownBeforeTheCatalogueHasIt() {
    String slug = Api.watch(ema.baseUrl() + Pages.PATH);
    subscribe(request("watcher@example.org", "WEEKLY", "{\"products\": [\"" + slug + "\"]}"))
        .statusCode(201);
    subscribe(request("other@example.org", "WEEKLY", "{\"products\": [\"kymriah\"]}"))
        .statusCode(400)
        .body("error", containsString("\"kymriah\""));
  }
}

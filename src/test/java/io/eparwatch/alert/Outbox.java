package io.eparwatch.alert;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.eparwatch.change.ChangeEvent;
import io.eparwatch.change.ChangeType;
import io.eparwatch.change.ChangesPublished;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import jakarta.enterprise.event.Event;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What the outbox tests do: add webhooks, publish changes, look at deliveries, check signatures.
 */
final class Outbox {

  static final String SECRET = "s3cret-for-the-receiver";

  private Outbox() {}

  /** Adds a webhook through the API ({@code filter} is its JSON) and returns its id. */
  static long addWebhook(String url, String filter) {
    return ((Number)
            given()
                .contentType(ContentType.JSON)
                .body(
                    "{\"url\": \"%s\", \"secret\": \"%s\", \"filter\": %s}"
                        .formatted(url, SECRET, filter))
                .post("/api/webhooks")
                .then()
                .statusCode(201)
                .extract()
                .path("id"))
        .longValue();
  }

  /** One change of Imlygic published like the change log does, in a committed transaction. */
  static void publishEvent(Event<ChangesPublished> published, Instant now) {
    QuarkusTransaction.requiringNew().run(() -> fire(published, event(now)));
  }

  static ChangeEvent event(Instant now) {
    ChangeEvent event = new ChangeEvent();
    event.product = "imlygic";
    event.productNumber = "EMEA/H/C/002771";
    event.productName = "Imlygic";
    event.atcCode = "L01XX51";
    event.type = ChangeType.FIELD_CHANGED;
    event.field = "revision";
    event.before = "16";
    event.after = "17";
    event.detectedAt = now;
    event.sources = "page";
    return event;
  }

  static void fire(Event<ChangesPublished> published, ChangeEvent event) {
    event.persist();
    published.fire(new ChangesPublished(List.of(event)));
  }

  /** The one delivery of a webhook. */
  static Delivery only(long webhookId) {
    return QuarkusTransaction.requiringNew()
        .call(() -> single(Delivery.<Delivery>list("webhookId", webhookId)));
  }

  static <T> T single(List<T> list) {
    assertEquals(1, list.size(), "exactly one: " + list);
    return list.get(0);
  }

  /** The signature header a receiver expects for {@code body}, computed here independently. */
  static String signature(byte[] body) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
  }
}

package io.eparwatch.alert;

import static io.restassured.RestAssured.given;

import io.eparwatch.change.ChangeEvent;
import io.eparwatch.change.ChangeType;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;

/** The steps of the mail tests, named after what a subscriber or an operator does. */
final class Alerts {

  /** {@code eparwatch.public-url} of the tests: the start of every link in a mail. */
  static final String PUBLIC_URL =
      ConfigProvider.getConfig().getValue("eparwatch.public-url", String.class);

  /** The host part of every {@code Message-ID}. */
  static final String MESSAGE_ID_HOST = java.net.URI.create(PUBLIC_URL).getHost();

  private Alerts() {}

  static ValidatableResponse subscribe(String json) {
    return given()
        .auth()
        .none()
        .contentType(ContentType.JSON)
        .body(json)
        .post("/api/subscriptions")
        .then();
  }

  static String request(String email, String mode, String filter) {
    return "{\"email\": \"" + email + "\", \"mode\": \"" + mode + "\", \"filter\": " + filter + "}";
  }

  /**
   * Subscribes, lets the outbox send the confirmation mail, and follows its link as the mailbox
   * owner would; returns the subscription's id. The mail server is emptied afterwards.
   */
  static long subscribeConfirmed(
      MailServer mail, MailOutbox outbox, String email, String mode, String filter) {
    long id =
        subscribe(request(email, mode, filter)).statusCode(201).extract().jsonPath().getLong("id");
    outbox.sendDue();
    List<MimeMessage> received = mail.awaitReceived(1);
    MimeMessage confirmation =
        received.stream()
            .filter(m -> MailServer.to(m).equals(email))
            .reduce((a, b) -> b)
            .orElseThrow();
    given().auth().none().get(MailServer.link(confirmation, "confirm")).then().statusCode(200);
    mail.purge();
    return id;
  }

  static ValidatableResponse runDigests(String mode) {
    return given().post("/api/alerts/digests/run?mode=" + mode).then();
  }

  /** Stores an event as if a check had found it (the digest reads stored events only). */
  static ChangeEvent storeEvent(
      String slug, String name, ChangeType type, String title, Instant detectedAt) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              ChangeEvent event = new ChangeEvent();
              event.product = slug;
              event.productNumber = "EMEA/H/C/" + Math.abs(slug.hashCode() % 1000000);
              event.productName = name;
              event.type = type;
              event.documentTitle = title;
              event.documentKey = title == null ? null : title.toLowerCase();
              event.documentUrl =
                  title == null ? null : "https://www.ema.europa.eu/documents/" + slug + ".pdf";
              event.field = type == ChangeType.FIELD_CHANGED ? "revision" : null;
              event.before = type == ChangeType.FIELD_CHANGED ? "16" : "2025-10-06";
              event.after = type == ChangeType.FIELD_CHANGED ? "17" : "2025-11-20";
              event.detectedAt = detectedAt;
              event.sources = "page";
              event.persist();
              return event;
            });
  }

  static List<Delivery> deliveries(Delivery.Kind kind) {
    return QuarkusTransaction.requiringNew()
        .call(() -> Delivery.<Delivery>list("kind = ?1 order by id", kind));
  }

  static long count(Class<?> entity) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                (Long)
                    Delivery.getEntityManager()
                        .createQuery("select count(e) from " + entity.getSimpleName() + " e")
                        .getSingleResult());
  }
}

package io.eparwatch.alert;

import static io.eparwatch.alert.Alerts.runDigests;
import static io.eparwatch.alert.Alerts.storeEvent;
import static io.eparwatch.alert.Alerts.subscribeConfirmed;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.eparwatch.change.ChangeType;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The unsubscribe link of a mail: a page with a button (GET changes nothing), and one-click. */
@QuarkusTest
class UnsubscribeIT extends MailTestBase {

  /** A confirmed daily subscriber who got one digest: its unsubscribe link. */
  String digestLink(String email) {
    subscribeConfirmed(mail, outbox, email, "DAILY", "{}");
    storeEvent("imlygic", "Imlygic", ChangeType.FIELD_CHANGED, null, Instant.now());
    runDigests("DAILY").statusCode(200);
    outbox.sendDue();
    String link = MailServer.link(mail.awaitReceived(1).get(0), "unsubscribe");
    mail.purge();
    return link;
  }

  @Test
  void theLinkShowsAButtonAndOnlyItsPostUnsubscribes() {
    String link = digestLink("reader@example.org");
    given()
        .auth()
        .none()
        .get(link)
        .then()
        .statusCode(200)
        .contentType(containsString("text/html"))
        .body(containsString("<form method=\"post\" action=\"" + link + "\""))
        .body(containsString("reader@example.org"));
    given().get("/api/subscriptions").then().body("[0].state", equalTo("ACTIVE"));

    given()
        .auth()
        .none()
        .contentType("application/x-www-form-urlencoded")
        .post(link)
        .then()
        .statusCode(200)
        .body(containsString("Unsubscribed"));
    given().get("/api/subscriptions").then().body("[0].state", equalTo("UNSUBSCRIBED"));
    given().auth().none().post(link).then().statusCode(200);

    storeEvent("imlygic", "Imlygic", ChangeType.FIELD_CHANGED, null, Instant.now());
    runDigests("DAILY").body("subscriptions", equalTo(0));
    assertEquals(new MailOutbox.Pass(0, 0, 0), outbox.sendDue());
  }

  @Test
  void oneClickPostOfAMailProgramUnsubscribesAndPendingMailsAreGone() {
    String link = digestLink("oneclick@example.org");
    storeEvent("imlygic", "Imlygic", ChangeType.FIELD_CHANGED, null, Instant.now());
    runDigests("DAILY").statusCode(200);

    given()
        .auth()
        .none()
        .contentType("application/x-www-form-urlencoded")
        .formParam("List-Unsubscribe", "One-Click")
        .post(link)
        .then()
        .statusCode(200);
    given().get("/api/subscriptions").then().body("[0].state", equalTo("UNSUBSCRIBED"));

    assertEquals(new MailOutbox.Pass(0, 0, 1), outbox.sendDue(), "the written digest is Gone");
    assertEquals(
        "the subscription is no longer active",
        Alerts.deliveries(Delivery.Kind.DIGEST).get(1).lastError);
    assertEquals(0, mail.received().size());
  }

  @Test
  void anUnknownUnsubscribeTokenChangesNothing() {
    digestLink("kept@example.org");
    given()
        .auth()
        .none()
        .post("/subscriptions/unsubscribe?token=forged")
        .then()
        .statusCode(400)
        .body(containsString("does not work"));
    given().auth().none().get("/subscriptions/unsubscribe").then().statusCode(400);
    given().get("/api/subscriptions").then().body("[0].state", equalTo("ACTIVE"));
  }
}

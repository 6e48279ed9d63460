package io.eparwatch.alert;

import static io.eparwatch.alert.Alerts.request;
import static io.eparwatch.alert.Alerts.subscribe;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eparwatch.testing.Catalogued;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Double opt-in: the confirmation mail over real SMTP, and its link followed by the test. */
@QuarkusTest
class ConfirmationMailIT extends MailTestBase {

  @Test
  void theConfirmationLinkActivatesTheSubscription() {
    Catalogued.medicine("imlygic", "EMEA/H/C/002771");
    long id =
        subscribe(request("Reader@Example.org", "IMMEDIATE", "{\"products\": [\"imlygic\"]}"))
            .statusCode(201)
            .body("state", equalTo("PENDING_CONFIRMATION"))
            .body("email", equalTo("reader@example.org"))
            .body("filter.products[0]", equalTo("imlygic"))
            .body("$", not(hasKey("token")))
            .extract()
            .jsonPath()
            .getLong("id");
    assertEquals(List.of(), mail.received(), "nothing is mailed before the outbox runs");

    assertEquals(new MailOutbox.Pass(1, 0, 0), outbox.sendDue());
    MimeMessage confirmation = mail.awaitReceived(1).get(0);
    assertEquals("EPAR Watch: confirm your subscription", MailServer.subject(confirmation));
    assertEquals("reader@example.org", MailServer.to(confirmation));
    long delivery = Alerts.deliveries(Delivery.Kind.CONFIRMATION).get(0).id;
    assertEquals(
        "<delivery-" + delivery + "@" + Alerts.MESSAGE_ID_HOST + ">",
        MailServer.header(confirmation, "Message-ID"));
    assertEquals(
        "<" + Alerts.PUBLIC_URL + MailServer.link(confirmation, "unsubscribe") + ">",
        MailServer.header(confirmation, "List-Unsubscribe"),
        "it cancels the request");
    assertEquals(
        "List-Unsubscribe=One-Click", MailServer.header(confirmation, "List-Unsubscribe-Post"));
    assertTrue(MailServer.html(confirmation).contains("Confirm the subscription"));
    String link = MailServer.link(confirmation, "confirm");
    assertTrue(MailServer.html(confirmation).contains(link.replace("&", "&amp;")));

    given()
        .auth()
        .none()
        .get(link)
        .then()
        .statusCode(200)
        .contentType(containsString("text/html"))
        .header("Referrer-Policy", "no-referrer")
        .body(containsString("Subscription confirmed"));
    given()
        .get("/api/subscriptions")
        .then()
        .statusCode(200)
        .body("[0].id", equalTo((int) id))
        .body("[0].state", equalTo("ACTIVE"))
        .body("[0].confirmedAt", notNullValue());

    given()
        .auth()
        .none()
        .get(link)
        .then()
        .statusCode(400)
        .contentType(containsString("text/html"))
        .body(containsString("does not work"));
  }

  @Test
  void whoDidNotAskCancelsTheRequestFromTheConfirmationMail() {
    subscribe(request("victim@example.org", "IMMEDIATE", "{}")).statusCode(201);
    outbox.sendDue();
    MimeMessage confirmation = mail.awaitReceived(1).get(0);
    String cancel = MailServer.link(confirmation, "unsubscribe");
    assertTrue(MailServer.html(confirmation).contains("href=\"" + Alerts.PUBLIC_URL + cancel));

    given()
        .auth()
        .none()
        .contentType("application/x-www-form-urlencoded")
        .formParam("List-Unsubscribe", "One-Click")
        .post(cancel)
        .then()
        .statusCode(200);
    given().get("/api/subscriptions").then().body("[0].state", equalTo("UNSUBSCRIBED"));
    given()
        .auth()
        .none()
        .get(MailServer.link(confirmation, "confirm"))
        .then()
        .statusCode(400)
        .body(containsString("does not work"));
  }

  @Test
  void anUnknownTokenIsAPageInWords() {
    given()
        .auth()
        .none()
        .get("/subscriptions/confirm?token=not-a-token")
        .then()
        .statusCode(400)
        .body(containsString("This confirmation link does not work"));
    given()
        .auth()
        .none()
        .get("/subscriptions/confirm")
        .then()
        .statusCode(400)
        .contentType(containsString("text/html"));
  }

  @Test
  void noConfirmationMailOnceConfirmedAndTheLinkOfAResentOneStillWorks() {
    String json = request("twice@example.org", "DAILY", "{}");
    subscribe(json).statusCode(201);
    subscribe(json).statusCode(200).body("state", equalTo("PENDING_CONFIRMATION"));
    assertEquals(new MailOutbox.Pass(2, 0, 0), outbox.sendDue());
    List<MimeMessage> mails = mail.awaitReceived(2);
    given().auth().none().get(MailServer.link(mails.get(1), "confirm")).then().statusCode(200);

    subscribe(json).statusCode(200).body("state", equalTo("ACTIVE"));
    assertEquals(2, Alerts.deliveries(Delivery.Kind.CONFIRMATION).size(), "no third mail");
    given().get("/api/subscriptions").then().body("size()", equalTo(1));
  }
}

package io.eparwatch.alert;

import static io.eparwatch.alert.Alerts.runDigests;
import static io.eparwatch.alert.Alerts.storeEvent;
import static io.eparwatch.alert.Alerts.subscribeConfirmed;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eparwatch.alert.Subscription.Mode;
import io.eparwatch.change.ChangeEvent;
import io.eparwatch.change.ChangeType;
import io.eparwatch.testing.Catalogued;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Digests: grouped by product then type, counted in the subject, never an event twice. */
@QuarkusTest
class DigestMailIT extends MailTestBase {

  @Inject Digests digests;

  static final String HOSTILE =
      "Evil <script>alert(1)</script> & \"Co\"\r\nBcc: victim@example.org";

  @Test
  void aDigestGroupsByProductThenTypeAndCountsInItsSubject() {
    subscribeConfirmed(mail, outbox, "daily@example.org", "DAILY", "{}");
    Instant now = Instant.now();
    storeEvent("imlygic", "Imlygic", ChangeType.FIELD_CHANGED, null, now);
    storeEvent(
        "imlygic",
        "Imlygic",
        ChangeType.DOCUMENT_UPDATED,
        "Imlygic : EPAR - Product Information",
        now);
    storeEvent("keytruda", "Keytruda", ChangeType.DOCUMENT_ADDED, "Keytruda : Résumé → 2026", now);
    storeEvent("imlygic", "Imlygic", ChangeType.DOCUMENT_UPDATED, "Imlygic : EPAR - Overview", now);
    storeEvent("evil", HOSTILE, ChangeType.DOCUMENT_ADDED, "<b>bold</b> ]]> & more", now);

    runDigests("DAILY")
        .statusCode(200)
        .body("subscriptions", equalTo(1))
        .body("digests[0].changes", equalTo(5))
        .body("digests[0].email", equalTo("daily@example.org"));
    assertEquals(new MailOutbox.Pass(1, 0, 0), outbox.sendDue());
    MimeMessage digest = mail.awaitReceived(1).get(0);

    String subject = MailServer.subject(digest);
    assertTrue(subject.startsWith("EPAR Watch: 5 changes in 3 medicines since "), subject);
    assertFalse(subject.contains("\r") || subject.contains("\n"), subject);
    assertTrue(
        MailServer.header(digest, "List-Unsubscribe").startsWith("<" + Alerts.PUBLIC_URL + "/"));
    assertEquals("List-Unsubscribe=One-Click", MailServer.header(digest, "List-Unsubscribe-Post"));

    String text = MailServer.text(digest);
    assertInOrder(
        text,
        "== Evil",
        "== Imlygic",
        "-- Documents updated",
        "Product Information updated",
        "Overview updated",
        "-- Details changed",
        "revision changed",
        "== Keytruda",
        "-- Documents added",
        "new document: Résumé → 2026");
    String html = MailServer.html(digest);
    assertTrue(html.contains("Evil &lt;script&gt;alert(1)&lt;/script&gt; &amp;"), html);
    assertTrue(html.contains("&lt;b&gt;bold&lt;/b&gt; ]]&gt; &amp; more"), html);
    assertFalse(html.contains("<script") || html.contains("<b>bold"), html);
    assertInOrder(html, "Evil", "Imlygic", "Documents updated", "Details changed", "Keytruda");

    runDigests("DAILY").statusCode(200).body("digests", empty());
    assertEquals(new MailOutbox.Pass(0, 0, 0), outbox.sendDue(), "never an event twice");
  }

  @Test
  void anEventCommittedLateWithAnOlderDetectionTimeIsInTheNextDigestOnly() {
    Catalogued.medicine("imlygic", "EMEA/H/C/002771");
    subscribeConfirmed(
        mail, outbox, "weekly@example.org", "WEEKLY", "{\"products\": [\"imlygic\"]}");
    Instant confirmed =
        Instant.parse(given().get("/api/subscriptions").then().extract().path("[0].confirmedAt"));
    storeEvent("imlygic", "Imlygic", ChangeType.FIELD_CHANGED, null, confirmed.minusSeconds(3600));
    ChangeEvent first =
        storeEvent("imlygic", "Imlygic", ChangeType.FIELD_CHANGED, null, Instant.now());
    storeEvent("keytruda", "Keytruda", ChangeType.FIELD_CHANGED, null, Instant.now());

    runDigests("WEEKLY").body("digests[0].changes", equalTo(1));
    Instant lastDigest =
        Instant.parse(given().get("/api/subscriptions").then().extract().path("[0].lastDigestAt"));
    ChangeEvent late =
        storeEvent(
            "imlygic",
            "Imlygic",
            ChangeType.DOCUMENT_ADDED,
            "Imlygic : late",
            confirmed.plus(Duration.between(confirmed, lastDigest).dividedBy(2)));
    runDigests("WEEKLY").body("digests[0].changes", equalTo(1));
    runDigests("WEEKLY").body("digests", empty());

    List<Delivery> digests = Alerts.deliveries(Delivery.Kind.DIGEST);
    assertEquals(List.of(first.id), digests.get(0).eventIdList(), "nothing from before");
    assertEquals(List.of(late.id), digests.get(1).eventIdList());
    assertEquals(new MailOutbox.Pass(2, 0, 0), outbox.sendDue());
    assertTrue(MailServer.subject(mail.awaitReceived(2).get(1)).contains("1 change in 1 medicine"));
  }

  @Test
  void theScheduleWritesADigestOnceTheNextDailyOrWeeklyMomentHasPassed() {
    long daily = subscribeConfirmed(mail, outbox, "daily@example.org", "DAILY", "{}");
    long weekly = subscribeConfirmed(mail, outbox, "weekly@example.org", "WEEKLY", "{}");
    ChangeEvent event =
        storeEvent("imlygic", "Imlygic", ChangeType.FIELD_CHANGED, null, Instant.now());
    assertEquals(List.of(), digests.runDue(Mode.DAILY).digests(), "not before 07:00 came");
    assertEquals(List.of(), digests.runDue(Mode.WEEKLY).digests());

    clock.advance(Duration.ofHours(26)); // a day, even across a change of summer time
    assertEquals(List.of(daily), subscriptionsOf(digests.runDue(Mode.DAILY)));
    assertEquals(List.of(), digests.runDue(Mode.DAILY).digests(), "once per daily moment");

    clock.advance(Duration.ofDays(7));
    assertEquals(List.of(weekly), subscriptionsOf(digests.runDue(Mode.WEEKLY)));
    assertEquals(List.of(), digests.runDue(Mode.WEEKLY).digests(), "once per weekly moment");
    assertEquals(List.of(), digests.runDue(Mode.DAILY).digests(), "no new change, no mail");

    List<Delivery> written = Alerts.deliveries(Delivery.Kind.DIGEST);
    assertEquals(2, written.size());
    assertTrue(written.stream().allMatch(d -> d.eventIdList().equals(List.of(event.id))));
  }

  private static List<Long> subscriptionsOf(Digests.Run run) {
    return run.digests().stream().map(Digests.Written::subscriptionId).toList();
  }

  static void assertInOrder(String text, String... parts) {
    int from = 0;
    for (String part : parts) {
      int at = text.indexOf(part, from);
      assertTrue(at >= 0, "\"" + part + "\" after position " + from + " in:\n" + text);
      from = at + part.length();
    }
  }
}

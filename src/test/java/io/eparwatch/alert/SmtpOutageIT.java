package io.eparwatch.alert;

import static io.eparwatch.alert.Alerts.request;
import static io.eparwatch.alert.Alerts.runDigests;
import static io.eparwatch.alert.Alerts.storeEvent;
import static io.eparwatch.alert.Alerts.subscribe;
import static io.eparwatch.alert.Alerts.subscribeConfirmed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.eparwatch.change.ChangeType;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The SMTP server down, then back: every mail arrives, each exactly once. In an application of its
 * own: after the outage the mail client's pooled connection may stall once (see below), and no
 * other test should meet that.
 */
@QuarkusTest
@TestProfile(SmtpOutageIT.OwnApplication.class)
class SmtpOutageIT extends MailTestBase {

  public static class OwnApplication implements QuarkusTestProfile {}

  @AfterEach
  void serverBack() {
    mail.start();
  }

  @Test
  void mailsFailWhileTheServerIsDownAndGoOutOnceWhenItIsBack() {
    subscribeConfirmed(mail, outbox, "digest@example.org", "DAILY", "{}");
    storeEvent("imlygic", "Imlygic", ChangeType.FIELD_CHANGED, null, Instant.now());
    runDigests("DAILY").statusCode(200);
    subscribe(request("new@example.org", "IMMEDIATE", "{}")).statusCode(201);

    mail.stop();
    assertEquals(new MailOutbox.Pass(0, 2, 0), outbox.sendDue());
    assertEquals(new MailOutbox.Pass(0, 0, 0), outbox.sendDue(), "not due again before back-off");
    outbox.letBackOffPass();
    assertEquals(new MailOutbox.Pass(0, 2, 0), outbox.sendDue());
    List<Delivery> failed =
        Alerts.deliveries(Delivery.Kind.DIGEST).stream()
            .filter(d -> d.state == Delivery.State.FAILED)
            .toList();
    assertEquals(1, failed.size());
    assertEquals(2, failed.get(0).attempts);
    assertEquals(
        "the mail server could not be reached (connection refused)", failed.get(0).lastError);
    assertFalse(failed.get(0).lastError.contains("Exception"));

    mail.start();
    outbox.letBackOffPass();
    // The client's pooled connection to the stopped server may fail once more (GreenMail answers
    // 421 after its 30 s read timeout): retried like the worker would, still each mail once.
    assertEquals(2, outbox.sendUntilNothingDue(3).sent());
    assertEquals(new MailOutbox.Pass(0, 0, 0), outbox.sendDue());
    Map<String, Long> perRecipient =
        mail.awaitReceived(2).stream()
            .collect(Collectors.groupingBy(MailServer::to, Collectors.counting()));
    assertEquals(Map.of("digest@example.org", 1L, "new@example.org", 1L), perRecipient);
  }
}

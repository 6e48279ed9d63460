package io.eparwatch.alert;

import static io.eparwatch.alert.Alerts.request;
import static io.eparwatch.alert.Alerts.subscribe;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What identifies a mail: its link's token (random, only its hash stored) and its {@code
 * Message-ID} (the delivery's, the same when a worker that died before marking it is replaced).
 */
@QuarkusTest
class MailIdentityIT extends MailTestBase {

  @Test
  void aLinksTokenHas256RandomBitsAndOnlyItsHashIsStored() {
    subscribe(request("token@example.org", "DAILY", "{}")).statusCode(201);
    outbox.sendDue();
    MimeMessage confirmation = mail.awaitReceived(1).get(0);
    List<String> tokens =
        Stream.of("confirm", "unsubscribe")
            .map(action -> MailServer.link(confirmation, action))
            .map(link -> link.substring(link.indexOf("token=") + "token=".length()))
            .toList();

    for (String token : tokens) {
      assertTrue(token.matches("[A-Za-z0-9_-]{43}"), "32 bytes in base64url: " + token);
    }
    Set<String> stored =
        QuarkusTransaction.requiringNew()
            .call(() -> SubscriptionToken.<SubscriptionToken>listAll().stream())
            .map(t -> t.hash)
            .collect(Collectors.toSet());
    assertEquals(tokens.stream().map(SubscriptionToken::hash).collect(Collectors.toSet()), stored);
    assertFalse(stored.stream().anyMatch(tokens::contains));
  }

  @Test
  void aMailWhoseWorkerDiedBeforeMarkingItIsSentAgainUnderTheSameMessageId() {
    subscribe(request("again@example.org", "DAILY", "{}")).statusCode(201);
    assertEquals(new MailOutbox.Pass(1, 0, 0), outbox.sendDue());
    long id = Alerts.deliveries(Delivery.Kind.CONFIRMATION).get(0).id;
    // The server took the mail and the instance died before its commit: SENT was never recorded,
    // its claim (with the attempt counted) is all that is left.
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                Delivery.update(
                    "state = ?1, sentAt = null, claimedBy = 'died', claimedUntil = ?2 where id = ?3",
                    Delivery.State.PENDING,
                    clock.instant().plus(Duration.ofMinutes(5)),
                    id));

    assertEquals(new MailOutbox.Pass(0, 0, 0), outbox.sendDue(), "its claim still holds");
    clock.advance(Duration.ofMinutes(6));
    assertEquals(new MailOutbox.Pass(1, 0, 0), outbox.sendDue());
    assertEquals(new MailOutbox.Pass(0, 0, 0), outbox.sendDue(), "then never again");

    List<MimeMessage> received = mail.awaitReceived(2);
    String messageId = "<delivery-" + id + "@" + Alerts.MESSAGE_ID_HOST + ">";
    assertEquals(
        List.of(messageId, messageId),
        received.stream().map(m -> MailServer.header(m, "Message-ID")).toList(),
        "the copy carries the first one's Message-ID, by which mail stores recognise it");
    Delivery delivery = Alerts.deliveries(Delivery.Kind.CONFIRMATION).get(0);
    assertEquals(Delivery.State.SENT, delivery.state);
    assertEquals(2, delivery.attempts);
  }
}

package io.eparwatch.alert;

import static io.eparwatch.alert.Alerts.request;
import static io.eparwatch.alert.Alerts.subscribe;
import static io.eparwatch.alert.Alerts.subscribeConfirmed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.eparwatch.testing.Api;
import io.eparwatch.testing.Catalogued;
import io.eparwatch.testing.EmaStub.InjectEmaStub;
import io.eparwatch.testing.Pages;
import io.eparwatch.testing.StubPages;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A change found by a real check of the loopback EMA, mailed at once to matching subscribers. */
@QuarkusTest
class ImmediateMailIT extends MailTestBase {

  static final String FILTER =
      "{\"products\": [\"imlygic\"], \"types\": [\"DOCUMENT_UPDATED\", \"DOCUMENT_ADDED\"]}";

  @InjectEmaStub WireMockServer ema;

  @BeforeEach
  void freshEma() {
    ema.resetAll();
    Catalogued.medicine("imlygic", "EMEA/H/C/002771");
    Catalogued.medicine("keytruda", "EMEA/H/C/003820");
  }

  @Test
  void eachMatchingChangeIsMailedOnceToConfirmedImmediateSubscribersOnly() {
    long reader = subscribeConfirmed(mail, outbox, "reader@example.org", "IMMEDIATE", FILTER);
    subscribeConfirmed(mail, outbox, "daily@example.org", "DAILY", FILTER);
    subscribeConfirmed(
        mail, outbox, "other@example.org", "IMMEDIATE", "{\"products\": [\"keytruda\"]}");
    subscribe(request("unconfirmed@example.org", "IMMEDIATE", FILTER)).statusCode(201);

    String slug = Api.watch(ema.baseUrl() + Pages.PATH);
    StubPages.serve(ema, Pages.PATH, Pages.v1());
    Api.check(slug);
    StubPages.serve(ema, Pages.PATH, Pages.v2());
    Api.check(slug);

    List<Delivery> immediate = Alerts.deliveries(Delivery.Kind.IMMEDIATE);
    assertEquals(3, immediate.size(), "two documents updated, one added");
    assertTrue(immediate.stream().allMatch(d -> d.subscriptionId == reader));

    assertEquals(new MailOutbox.Pass(4, 0, 0), outbox.sendDue(), "3 alerts and 1 confirmation");
    Map<String, List<MimeMessage>> byRecipient =
        mail.awaitReceived(4).stream().collect(Collectors.groupingBy(MailServer::to));
    assertEquals(
        List.of("EPAR Watch: confirm your subscription"),
        byRecipient.get("unconfirmed@example.org").stream().map(MailServer::subject).toList(),
        "nothing but the confirmation before the link is followed");

    List<MimeMessage> alerts = byRecipient.get("reader@example.org");
    assertEquals(3, alerts.size());
    Map<String, MimeMessage> bySubject =
        alerts.stream().collect(Collectors.toMap(MailServer::subject, Function.identity()));
    MimeMessage pi =
        bySubject.entrySet().stream()
            .filter(
                e -> e.getKey().startsWith("EPAR Watch: Imlygic: Product Information updated ("))
            .map(Map.Entry::getValue)
            .findFirst()
            .orElse(null);
    assertTrue(pi != null, "subjects: " + bySubject.keySet());

    Delivery delivery =
        immediate.stream()
            .filter(d -> MailServer.header(pi, "Message-ID").equals(messageId(d)))
            .findFirst()
            .orElseThrow();
    long eventId = delivery.eventIdList().get(0);
    String text = MailServer.text(pi);
    String html = MailServer.html(pi);
    assertTrue(text.contains(Alerts.PUBLIC_URL + "/changes/" + eventId), text);
    assertTrue(html.contains("href=\"" + Alerts.PUBLIC_URL + "/changes/" + eventId + "\""), html);
    assertTrue(html.contains("href=\"" + ema.baseUrl() + Pages.PI + "\""), html);
    assertTrue(text.contains("Before: 06/10/2025") && text.contains("After:  20/11/2025"), text);
    assertTrue(html.contains("<table") && !html.contains("class=") && !html.contains("<script"));

    String unsubscribe = MailServer.link(pi, "unsubscribe");
    assertEquals(
        "<" + Alerts.PUBLIC_URL + unsubscribe + ">", MailServer.header(pi, "List-Unsubscribe"));
    assertEquals("List-Unsubscribe=One-Click", MailServer.header(pi, "List-Unsubscribe-Post"));
    assertTrue(html.contains(unsubscribe), "the link is in the HTML part too");
    for (MimeMessage alert : alerts) {
      assertTrue(MailServer.header(alert, "List-Unsubscribe") != null);
    }
    assertEquals(
        3,
        alerts.stream().map(m -> MailServer.link(m, "unsubscribe")).distinct().count(),
        "each mail has its own working token");

    assertEquals(new MailOutbox.Pass(0, 0, 0), outbox.sendDue(), "nothing twice");
  }

  static String messageId(Delivery delivery) {
    return "<delivery-" + delivery.id + "@" + Alerts.MESSAGE_ID_HOST + ">";
  }
}

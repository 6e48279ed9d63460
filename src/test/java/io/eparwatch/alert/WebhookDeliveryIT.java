package io.eparwatch.alert;

import static io.eparwatch.alert.Outbox.addWebhook;
import static io.eparwatch.alert.Outbox.only;
import static io.eparwatch.alert.Outbox.signature;
import static io.eparwatch.alert.Outbox.single;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.eparwatch.change.ChangeEvent;
import io.eparwatch.change.ChangeFilter;
import io.eparwatch.testing.Api;
import io.eparwatch.testing.Catalogued;
import io.eparwatch.testing.EmaStub;
import io.eparwatch.testing.EmaStub.InjectEmaStub;
import io.eparwatch.testing.Pages;
import io.eparwatch.testing.StubPages;
import io.eparwatch.testing.WebhookReceiver.Call;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Webhooks posted through the outbox to a real HTTP receiver on loopback. */
@QuarkusTest
@QuarkusTestResource(EmaStub.class)
class WebhookDeliveryIT extends OutboxTestBase {

  @InjectEmaStub WireMockServer ema;

  @BeforeEach
  void freshStub() {
    ema.resetAll();
  }

  @Test
  void aDetectedChangeIsPostedOnceSignedWithItsEvents() throws Exception {
    String slug = Api.watch(ema.baseUrl() + Pages.PATH);
    StubPages.serve(ema, Pages.PATH, Pages.v1());
    Api.check(slug); // the watch knows the page's product number from now on
    long hook = addWebhook(receiver.url("/hook"), "{\"products\": [\"EMEA/H/C/002771\"]}");
    Catalogued.medicine("suboxone", "EMEA/H/C/000697");
    addWebhook(receiver.url("/other"), "{\"products\": [\"suboxone\"]}");
    StubPages.serve(ema, Pages.PATH, Pages.v2());
    List<Integer> changeIds = Api.check(slug).extract().path("changes.id");

    assertEquals(new OutboxSummary(1, 0, 0), worker.sendDue());
    assertEquals(new OutboxSummary(0, 0, 0), worker.sendDue());

    Call call = single(receiver.calls());
    assertEquals("/hook", call.path());
    assertEquals("application/json", call.header("Content-Type"));
    assertEquals(signature(call.body()), call.header("X-EparWatch-Signature"));
    JsonNode body = new ObjectMapper().readTree(call.body());
    Delivery delivery = only(hook);
    assertEquals(String.valueOf(delivery.id), call.header("X-EparWatch-Delivery"));
    assertEquals(delivery.id, body.get("delivery").asLong());
    List<Integer> posted =
        StreamSupport.stream(body.get("events").spliterator(), false)
            .map(event -> event.get("id").asInt())
            .toList();
    assertEquals(changeIds.stream().sorted().toList(), posted);
    JsonNode first = body.get("events").get(0);
    assertEquals("imlygic", first.get("product").asText());
    assertEquals("EMEA/H/C/002771", first.get("productNumber").asText());
    assertEquals("page", first.get("sources").get(0).asText());
    assertEquals(
        ConfigProvider.getConfig().getValue("eparwatch.public-url", String.class)
            + "/changes/"
            + first.get("id").asLong(),
        first.get("url").asText());
    assertEquals(Delivery.State.SENT, delivery.state);
    assertEquals(1, delivery.attempts);
    assertNull(delivery.claimedBy);
  }

  @Test
  void aFailureIsRetriedAfterTheBackOffWithTheSameBytesAndNeverAfterA2xx() {
    long hook = addWebhook(receiver.url("/hook"), "{}");
    publishEvent();
    receiver.answer(500);

    assertEquals(new OutboxSummary(0, 1, 0), worker.sendDue());
    Delivery failed = only(hook);
    assertEquals(Delivery.State.FAILED, failed.state);
    assertEquals("the receiver answered HTTP 500", failed.lastError);
    Duration backOff = Duration.between(failed.lastAttemptAt, failed.nextAttemptAt);
    assertTrue(backOff.compareTo(Duration.ofSeconds(30)) >= 0, "back-off " + backOff);
    assertTrue(backOff.compareTo(Duration.ofSeconds(31)) < 0, "back-off " + backOff);
    worker.sendDue();
    assertEquals(1, receiver.calls().size(), "not due before its back-off");

    receiver.answer(200);
    clock.advance(Duration.ofSeconds(31));
    assertEquals(new OutboxSummary(1, 0, 0), worker.sendDue());
    clock.advance(Duration.ofHours(2));
    assertEquals(new OutboxSummary(0, 0, 0), worker.sendDue());

    List<Call> calls = receiver.calls();
    assertEquals(2, calls.size());
    assertArrayEquals(calls.get(0).body(), calls.get(1).body());
    assertEquals(
        calls.get(0).header("X-EparWatch-Delivery"), calls.get(1).header("X-EparWatch-Delivery"));
    assertEquals(Delivery.State.SENT, only(hook).state);
    assertEquals(2, only(hook).attempts);
  }

  @Test
  void aReceiverThatDoesNotAnswerInTimeIsAFailureRetriedLater() {
    long hook = addWebhook(receiver.url("/hook"), "{}");
    publishEvent();
    receiver.hold();

    assertEquals(new OutboxSummary(0, 1, 0), worker.sendDue());
    assertEquals("no answer within 1 s", only(hook).lastError);

    receiver.release();
    clock.advance(Duration.ofSeconds(31));
    assertEquals(new OutboxSummary(1, 0, 0), worker.sendDue());
  }

  @Test
  void aRedirectIsNotFollowed() {
    long hook = addWebhook(receiver.url("/hook"), "{}");
    publishEvent();
    receiver.redirectTo(receiver.url("/elsewhere"));

    assertEquals(new OutboxSummary(0, 1, 0), worker.sendDue());
    assertEquals("/hook", single(receiver.calls()).path());
    assertEquals(
        "the receiver answered HTTP 302 (redirects are not followed)", only(hook).lastError);
  }

  @Test
  void aRefusedConnectionIsAFailure() throws Exception {
    String url = receiver.url("/hook");
    receiver.close();
    long hook = addWebhook(url, "{}");
    publishEvent();

    assertEquals(new OutboxSummary(0, 1, 0), worker.sendDue());
    assertEquals("could not connect to the receiver", only(hook).lastError);
  }

  @Test
  void aDeliveryFailingEveryTimeIsDeadAfterMaxAttemptsAndShownSo() {
    long hook = addWebhook(receiver.url("/hook"), "{}");
    publishEvent();
    receiver.answer(503);
    for (int attempt = 1; attempt < 30; attempt++) {
      assertEquals(new OutboxSummary(0, 1, 0), worker.sendDue());
      clock.advance(Duration.ofHours(1));
    }
    assertEquals(new OutboxSummary(0, 0, 1), worker.sendDue());
    clock.advance(Duration.ofDays(2));
    assertEquals(new OutboxSummary(0, 0, 0), worker.sendDue());
    assertEquals(30, receiver.calls().size());

    given()
        .get("/api/webhooks")
        .then()
        .statusCode(200)
        .body("[0].deliveries.DEAD", equalTo(1))
        .body("[0].deliveries.SENT", equalTo(0));
    given()
        .get("/api/deliveries?state=dead")
        .then()
        .statusCode(200)
        .body("", hasSize(1))
        .body("[0].attempts", equalTo(30))
        .body("[0].kind", equalTo("WEBHOOK"))
        .body(
            "[0].lastError",
            equalTo("the receiver answered HTTP 503 (given up after 30 attempts)"));
    assertEquals(Delivery.State.DEAD, only(hook).state);
  }

  @Test
  void aSendInterruptedBeforeItWasMarkedIsSentAgainWithTheSameIdentity() {
    long hook = addWebhook(receiver.url("/hook"), "{}");
    publishEvent();
    long id = only(hook).id;
    // An instance claimed it, recorded its attempt, maybe sent it, and died before marking it.
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                Delivery.update(
                    "attempts = 1, lastAttemptAt = ?1, claimedBy = 'crashed', claimedUntil = ?2"
                        + " where id = ?3",
                    clock.instant(),
                    clock.instant().plus(Duration.ofMinutes(5)),
                    id));

    assertEquals(new OutboxSummary(0, 0, 0), worker.sendDue(), "its lease still holds");
    clock.advance(Duration.ofMinutes(6));
    assertEquals(new OutboxSummary(1, 0, 0), worker.sendDue());

    assertEquals(String.valueOf(id), single(receiver.calls()).header("X-EparWatch-Delivery"));
    assertEquals(2, only(hook).attempts);
  }

  @Test
  void ofInstancesClaimingTheSameDeliveryAtOnceExactlyOneWins() throws Exception {
    long hook = addWebhook(receiver.url("/hook"), "{}");
    publishEvent();
    long id = only(hook).id;
    int instances = 8;
    ExecutorService pool = Executors.newFixedThreadPool(instances);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Boolean>> claims = new ArrayList<>();
    for (int i = 0; i < instances; i++) {
      String instance = "instance-" + i;
      claims.add(
          pool.submit(
              () -> {
                start.await();
                Instant now = clock.instant();
                return ledger.claim(id, instance, now, now.plusSeconds(300)).isPresent();
              }));
    }
    start.countDown();
    int won = 0;
    for (Future<Boolean> claim : claims) {
      won += claim.get(30, TimeUnit.SECONDS) ? 1 : 0;
    }
    pool.shutdownNow();
    assertEquals(1, won);
    assertEquals(1, only(hook).attempts);
  }

  @Test
  void eventsRolledBackLeaveNoDelivery() {
    addWebhook(receiver.url("/hook"), "{}");
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              Subscription immediate =
                  Subscription.pending(
                      "reader@example.org",
                      Subscription.Mode.IMMEDIATE,
                      ChangeFilter.ANY,
                      null,
                      clock.instant());
              immediate.state = Subscription.State.ACTIVE;
              immediate.confirmedAt = clock.instant();
              immediate.persist();
            });
    QuarkusTransaction.begin();
    Outbox.fire(published, Outbox.event(clock.instant()));
    QuarkusTransaction.rollback();
    assertEquals(0L, count(Delivery.class));
    assertEquals(0L, count(ChangeEvent.class));
    publishEvent();
    assertEquals(
        List.of(Delivery.Kind.IMMEDIATE, Delivery.Kind.WEBHOOK),
        QuarkusTransaction.requiringNew()
            .call(
                () -> Delivery.<Delivery>list("order by kind").stream().map(d -> d.kind).toList()),
        "the mail and the call of the committed event");
  }

  @Test
  void aRemovedWebhooksDeliveriesAreDeadAndNotSent() {
    long hook = addWebhook(receiver.url("/hook"), "{}");
    publishEvent();
    given().delete("/api/webhooks/" + hook).then().statusCode(204);

    assertEquals(new OutboxSummary(0, 0, 0), worker.sendDue());
    assertEquals(0, receiver.calls().size());
    Delivery dead = only(hook);
    assertEquals(Delivery.State.DEAD, dead.state);
    assertEquals("webhook removed", dead.lastError);
    given().delete("/api/webhooks/" + hook).then().statusCode(404);
  }

  @Test
  void aDeliveryWhoseWebhookIsGoneAtSendingTimeIsDead() {
    long hook = addWebhook(receiver.url("/hook"), "{}");
    publishEvent();
    QuarkusTransaction.requiringNew().run(() -> Webhook.deleteById(hook));

    assertEquals(new OutboxSummary(0, 0, 1), worker.sendDue());
    assertEquals(0, receiver.calls().size());
    assertEquals("webhook removed", only(hook).lastError);
  }

  @Test
  void aFilterThatMatchesNothingOfTheBatchWritesNoDelivery() {
    addWebhook(receiver.url("/hook"), "{\"types\": [\"DOCUMENT_ADDED\"], \"atc\": \"L01\"}");
    publishEvent();
    assertEquals(0L, count(Delivery.class));
  }

  private void publishEvent() {
    Outbox.publishEvent(published, clock.instant());
  }

  private static long count(Class<?> entity) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                Delivery.getEntityManager()
                    .createQuery("select count(*) from " + entity.getSimpleName(), Long.class)
                    .getSingleResult());
  }
}

package io.eparwatch.alert;

import static io.eparwatch.alert.Outbox.addWebhook;
import static io.eparwatch.alert.Outbox.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.eparwatch.config.EparWatchConfig;
import io.eparwatch.config.InstanceId;
import io.eparwatch.ops.DurableCommits;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/** The worker's own rules, whatever the channel: failures as values, kinds nobody sends, volume. */
@QuarkusTest
class OutboxWorkerIT extends OutboxTestBase {

  private static final Logger LOG = Logger.getLogger(OutboxWorkerIT.class);

  @Inject EparWatchConfig config;
  @Inject InstanceId instance;
  @Inject DurableCommits durable;

  @Test
  void aChannelThatThrowsIsAFailedAttemptInWords() {
    long hook = addWebhook(receiver.url("/hook"), "{}");
    Outbox.publishEvent(published, clock.instant());
    DeliveryChannel throwing =
        new DeliveryChannel() {
          @Override
          public boolean sends(Delivery.Kind kind) {
            return kind == Delivery.Kind.WEBHOOK;
          }

          @Override
          public Result send(Delivery delivery) {
            throw new IllegalStateException("boom at " + getClass().getName());
          }
        };

    OutboxWorker withThrowingChannel =
        new OutboxWorker(ledger, durable, List.of(throwing), config, instance, clock);
    OutboxSummary summary = withThrowingChannel.sendDue();
    withThrowingChannel.stop();

    assertEquals(new OutboxSummary(0, 1, 0), summary);
    Delivery failed = only(hook);
    assertEquals(Delivery.State.FAILED, failed.state);
    assertEquals(
        "an unexpected error while sending (the details are in the log)", failed.lastError);
    assertNull(failed.claimedBy);
  }

  @Test
  void aDeliveryNobodySendsWaitsUntouched() {
    long hook = addWebhook(receiver.url("/hook"), "{}");
    Outbox.publishEvent(published, clock.instant());

    OutboxWorker withoutChannels =
        new OutboxWorker(ledger, durable, List.of(), config, instance, clock);
    assertEquals(new OutboxSummary(0, 0, 0), withoutChannels.sendDue());
    assertEquals(new OutboxSummary(0, 0, 0), withoutChannels.sendDue());
    withoutChannels.stop();

    Delivery waiting = only(hook);
    assertEquals(Delivery.State.PENDING, waiting.state);
    assertEquals(0, waiting.attempts);
    assertEquals(0, receiver.calls().size());
    assertEquals(new OutboxSummary(1, 0, 0), worker.sendDue());
  }

  @Test
  void onePassSendsEveryDueDeliveryOnceBeyondOnePage() {
    int deliveries = 750;
    long hook = addWebhook(receiver.url("/hook"), "{}");
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              for (int i = 0; i < deliveries; i++) {
                Delivery.pending(
                        Delivery.Kind.WEBHOOK, null, hook, "receiver", List.of(), clock.instant())
                    .persist();
              }
            });

    long started = System.nanoTime();
    OutboxSummary summary = worker.sendDue();
    double seconds = (System.nanoTime() - started) / 1e9;
    LOG.infof(
        "sent %d webhook deliveries to a loopback receiver in %.2f s (%.0f per second)",
        summary.sent(), seconds, summary.sent() / seconds);

    assertEquals(new OutboxSummary(deliveries, 0, 0), summary);
    Set<String> ids = new HashSet<>();
    receiver.calls().forEach(call -> ids.add(call.header("X-EparWatch-Delivery")));
    assertEquals(deliveries, receiver.calls().size());
    assertEquals(deliveries, ids.size());
    assertEquals(new OutboxSummary(0, 0, 0), worker.sendDue());
  }
}

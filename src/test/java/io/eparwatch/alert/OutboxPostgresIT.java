package io.eparwatch.alert;

import static io.eparwatch.alert.Outbox.addWebhook;
import static io.eparwatch.alert.Outbox.only;
import static io.eparwatch.alert.Outbox.signature;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.eparwatch.change.ChangesPublished;
import io.eparwatch.testing.PostgresProfile;
import io.eparwatch.testing.WebhookReceiver;
import io.eparwatch.testing.WebhookReceiver.Call;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The outbox as deployed: PostgreSQL, the clustered Quartz store, and the scheduled worker sending
 * by itself (every second here), with no test calling it.
 */
@QuarkusTest
@TestProfile(OutboxPostgresIT.ScheduledOutbox.class)
class OutboxPostgresIT {

  public static class ScheduledOutbox extends PostgresProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      Map<String, String> config = new HashMap<>(super.getConfigOverrides());
      config.put("eparwatch.alerts.outbox-interval", "1s");
      return config;
    }
  }

  @Inject Event<ChangesPublished> published;
  @Inject Clock clock;

  @Test
  void theScheduledWorkerPostsAPublishedChangeOnce() throws Exception {
    try (WebhookReceiver receiver = new WebhookReceiver()) {
      long hook = addWebhook(receiver.url("/hook"), "{\"source\": \"page\"}");
      Outbox.publishEvent(published, clock.instant());

      Awaitility.await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> only(hook).state == Delivery.State.SENT);
      Call call = Outbox.single(receiver.calls());
      assertEquals(signature(call.body()), call.header("X-EparWatch-Signature"));
      assertEquals(String.valueOf(only(hook).id), call.header("X-EparWatch-Delivery"));
      assertEquals(1, only(hook).attempts);
    }
  }
}

package io.eparwatch.alert;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.eparwatch.alert.Subscription.Mode;
import io.eparwatch.change.ChangeFilter;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * A confirmation mail counts against the client (IP address) whose request caused it: requesting
 * someone else's pending subscription again sends its confirmation again, and that must neither use
 * up the first client's allowance nor be free for the one asking. The limit per client is 20 a
 * window, per address 3.
 */
@QuarkusTest
class ConfirmationClientLimitIT extends MailTestBase {

  private static final String FIRST = "198.51.100.1";
  private static final String OTHER = "198.51.100.2";

  @Inject Subscriptions subscriptions;

  @Test
  void requestsAgainFromAnotherClientDoNotUseUpTheFirstClientsAllowance() {
    for (int i = 0; i < 10; i++) {
      assertInstanceOf(Subscriptions.Created.class, subscribe("reader" + i, FIRST));
    }
    for (int i = 0; i < 10; i++) {
      assertInstanceOf(Subscriptions.Existing.class, subscribe("reader" + i, OTHER));
    }
    // Twenty confirmations went out, ten asked for by each client: both may still ask.
    assertInstanceOf(Subscriptions.Created.class, subscribe("reader10", FIRST));
    assertInstanceOf(Subscriptions.Created.class, subscribe("reader11", OTHER));
  }

  @Test
  void requestsAgainCountAgainstTheClientAskingForThem() {
    for (int i = 0; i < 20; i++) {
      assertInstanceOf(Subscriptions.Created.class, subscribe("reader" + i, FIRST));
    }
    for (int i = 0; i < 20; i++) {
      assertInstanceOf(Subscriptions.Existing.class, subscribe("reader" + i, OTHER));
    }
    assertInstanceOf(Subscriptions.TooMany.class, subscribe("reader0", OTHER));
    assertInstanceOf(Subscriptions.TooMany.class, subscribe("somebody", OTHER));
  }

  private Subscriptions.Outcome subscribe(String name, String client) {
    return subscriptions.subscribe(
        new SubscriptionRequest(name + "@example.org", Mode.WEEKLY, ChangeFilter.ANY), client);
  }
}

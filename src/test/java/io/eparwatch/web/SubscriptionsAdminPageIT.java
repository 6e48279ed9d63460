package io.eparwatch.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.eparwatch.alert.Delivery;
import io.eparwatch.alert.Subscription;
import io.eparwatch.alert.SubscriptionRequest;
import io.eparwatch.alert.Subscriptions;
import io.eparwatch.alert.Webhook;
import io.eparwatch.alert.Webhooks;
import io.eparwatch.change.ChangeFilter;
import io.eparwatch.security.Users;
import io.eparwatch.testing.AdminLogin;
import io.eparwatch.testing.Browser;
import io.eparwatch.testing.Database;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** /subscriptions for admins: subscriptions and webhooks listed, each with a Remove button. */
@QuarkusTest
class SubscriptionsAdminPageIT {

  private static final String URL = "https://hooks.example.org/in?a=1&b='x'";
  private static final String EMAIL = "ra@example.org";
  // a form body (so it is a form post the CSRF check sees), just without the token
  private static final Map<String, String> FORM_WITHOUT_TOKEN = Map.of("remove", "yes");

  @Inject EntityManager em;
  @Inject Users users;
  @Inject Subscriptions subscriptions;
  @Inject Webhooks webhooks;

  private final Browser admin = new Browser();
  private long subscriptionId;
  private long webhookId;
  private long deliveryId;

  @BeforeEach
  void aSubscriptionAndAWebhookWithAPendingDelivery() throws Exception {
    Database.reset(em);
    admin.logIn(AdminLogin.USER, AdminLogin.PASSWORD);
    var body =
        new ObjectMapper()
            .readTree("{\"email\": \"" + EMAIL + "\", \"mode\": \"daily\", \"filter\": {}}");
    subscriptionId =
        subscriptions.subscribe(SubscriptionRequest.read(body), null).subscription().id;
    ChangeFilter filter = ChangeFilter.of(List.of(), List.of(), "L01", null, null);
    webhookId = webhooks.add(URL, "a-secret-of-16-chars", filter).id;
    deliveryId =
        QuarkusTransaction.requiringNew()
            .call(
                () -> {
                  Delivery d =
                      Delivery.pending(
                          Delivery.Kind.WEBHOOK, null, webhookId, URL, List.of(), Instant.now());
                  d.persist();
                  return d.id;
                });
  }

  @Test
  void anAdminSeesSubscriptionsAndWebhooksEscaped() {
    admin
        .get("/subscriptions")
        .then()
        .statusCode(200)
        .body(containsString(EMAIL))
        .body(containsString("/admin/subscriptions/" + subscriptionId + "/remove"))
        .body(containsString("https://hooks.example.org/in?a=1&amp;b=&#39;x&#39;"))
        .body(not(containsString("&b='x'")))
        .body(containsString("ATC code starting with L01"))
        .body(containsString("PENDING 1"))
        .body(containsString("/admin/webhooks/" + webhookId + "/remove"));
    new Browser()
        .get("/subscriptions")
        .then()
        .statusCode(200)
        .body(not(containsString(EMAIL)))
        .body(not(containsString("hooks.example.org")));
  }

  @Test
  void removingWithTheTokenRemovesTheRowsAndKillsUnsentDeliveries() {
    var gone = admin.post("/subscriptions", "/admin/webhooks/" + webhookId + "/remove", Map.of());
    assertEquals(303, gone.statusCode());
    assertEquals("/subscriptions?removed=webhook", path(gone.header("Location")));
    assertEquals(
        303,
        admin
            .post("/subscriptions", "/admin/subscriptions/" + subscriptionId + "/remove", Map.of())
            .statusCode());
    admin
        .get("/subscriptions?removed=webhook")
        .then()
        .body(containsString("The webhook is removed"))
        .body(not(containsString("hooks.example.org")))
        .body(not(containsString(EMAIL)));
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              assertEquals(null, Webhook.findById(webhookId));
              assertEquals(null, Subscription.findById(subscriptionId));
              assertEquals(Delivery.State.DEAD, Delivery.<Delivery>findById(deliveryId).state);
            });
  }

  @Test
  void unknownIdsAnswerTheNotFoundPage() {
    admin
        .post("/subscriptions", "/admin/webhooks/999999/remove", Map.of())
        .then()
        .statusCode(404)
        .body(containsString("There is no webhook 999999."));
    admin
        .post("/subscriptions", "/admin/subscriptions/nine/remove", Map.of())
        .then()
        .statusCode(404)
        .body(containsString("ids are whole numbers"));
  }

  @Test
  void withoutTheTokenOrAsEditorOrAnonymousNothingIsRemoved() {
    admin.get("/subscriptions");
    admin
        .postWithout("/admin/webhooks/" + webhookId + "/remove", FORM_WITHOUT_TOKEN)
        .then()
        .statusCode(400);
    admin
        .postWithout("/admin/subscriptions/" + subscriptionId + "/remove", FORM_WITHOUT_TOKEN)
        .then()
        .statusCode(400);
    users.add("erin", "editor-password-1", "editor");
    Browser editor = new Browser();
    editor.logIn("erin", "editor-password-1");
    editor
        .post("/subscriptions", "/admin/webhooks/" + webhookId + "/remove", Map.of())
        .then()
        .statusCode(403);
    new Browser()
        .post("/subscriptions", "/admin/subscriptions/" + subscriptionId + "/remove", Map.of())
        .then()
        .statusCode(303)
        .header("Location", containsString("/login"));
    admin
        .get("/subscriptions")
        .then()
        .body(containsString(EMAIL))
        .body(containsString("hooks.example.org"))
        .body(containsString("PENDING 1"));
  }

  private static String path(String location) {
    return location.replaceFirst("^https?://[^/]+", "");
  }
}

package io.eparwatch.web;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eparwatch.alert.Subscription;
import io.eparwatch.testing.Catalogued;
import io.eparwatch.testing.Database;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The subscription form refuses a medicine nobody knows at its field, escaped, and shows the form
 * again as it was filled in, with a CSRF token: nothing is stored.
 */
@QuarkusTest
class SubscriptionFormProductIT {

  @Inject EntityManager em;

  @BeforeEach
  void emptyDatabase() {
    Database.reset(em);
  }

  @Test
  void aTypoIsAFieldErrorAndTheFormComesBackFilledIn() {
    Catalogued.medicine("imlygic", "EMEA/H/C/002771");
    String page =
        filled(PageForms.withToken("/subscriptions").auth().none(), "imlygik<b>")
            .post("/subscriptions")
            .then()
            .statusCode(400)
            .contentType(containsString("text/html"))
            .extract()
            .asString();
    assertTrue(
        page.contains(
            "<p class=\"problem\" id=\"s-product-error\" role=\"alert\">Unknown product"
                + " &quot;imlygik&lt;b&gt;&quot;: neither in EMA&#39;s catalogue"),
        page);
    assertTrue(page.contains("aria-describedby=\"s-product-error\""), page);
    assertFalse(page.contains("imlygik<b>"), "escaped everywhere");
    assertTrue(page.contains("value=\"ra@example.org\""), page);
    assertTrue(page.contains("value=\"imlygik&lt;b&gt;\""), page);
    assertTrue(page.contains("<option value=\"weekly\" selected>"), page);
    assertTrue(page.contains("<option value=\"DOCUMENT_ADDED\" selected>"), page);
    assertTrue(page.contains("value=\"Amgen &amp; Co\""), page);
    assertTrue(page.contains("<option value=\"page\" selected>"), page);
    assertTrue(page.contains("name=\"csrf-token\" value=\""), "it can be posted again");
    assertEquals(0, subscriptions());

    filled(PageForms.withToken("/subscriptions").auth().none(), "EMEA/H/C/002771")
        .post("/subscriptions")
        .then()
        .statusCode(303);
    assertEquals(1, subscriptions());
  }

  private static RequestSpecification filled(RequestSpecification form, String product) {
    return form.formParam("email", "ra@example.org")
        .formParam("mode", "weekly")
        .formParam("product", product)
        .formParam("type", "DOCUMENT_ADDED")
        .formParam("holder", "Amgen & Co")
        .formParam("source", "page");
  }

  private static long subscriptions() {
    return QuarkusTransaction.requiringNew().call(() -> Subscription.count());
  }
}

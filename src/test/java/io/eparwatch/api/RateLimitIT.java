package io.eparwatch.api;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.eparwatch.testing.Api.check;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.eparwatch.testing.Api;
import io.eparwatch.testing.Database;
import io.eparwatch.testing.EmaStub;
import io.eparwatch.testing.EmaStub.InjectEmaStub;
import io.eparwatch.testing.Pages;
import io.eparwatch.testing.StubPages;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A 429 with a long Retry-After pauses every request to EMA for the whole application (and, stored,
 * for every instance): this test runs in an application of its own.
 */
@QuarkusTest
@TestProfile(RateLimitIT.OwnApplication.class)
@QuarkusTestResource(EmaStub.class)
class RateLimitIT {

  @InjectEmaStub WireMockServer ema;
  @Inject EntityManager em;

  @BeforeEach
  void freshState() {
    Database.reset(em);
    ema.resetAll();
  }

  @Test
  void retryAfterIsHonouredAndNoRequestIsMadeBeforeIt() {
    String slug = Api.watch(ema.baseUrl() + Pages.PATH);
    String other = Api.watch(ema.baseUrl() + "/en/medicines/human/EPAR/suboxone");
    StubPages.answer(
        ema, Pages.PATH, aResponse().withStatus(429).withHeader("Retry-After", "3600"));
    Instant before = Instant.now();

    check(slug).body("outcome", equalTo("POSTPONED")).body("message", containsString("429"));
    String next =
        given()
            .get("/api/watches/" + slug)
            .then()
            .body("errorCount", equalTo(0))
            .body("lastOutcome", equalTo("POSTPONED"))
            .extract()
            .path("nextCheckAt");
    assertTrue(Instant.parse(next).isAfter(before.plus(Duration.ofMinutes(59))), next);

    StubPages.serve(ema, "/en/medicines/human/EPAR/suboxone", Pages.v1());
    check(other).body("outcome", equalTo("POSTPONED")).body("message", containsString("paused"));
    given().get("/api/watches/" + other).then().body("errorCount", equalTo(0));
    ema.verify(0, getRequestedFor(urlPathEqualTo("/en/medicines/human/EPAR/suboxone")));
  }

  public static class OwnApplication implements QuarkusTestProfile {}
}

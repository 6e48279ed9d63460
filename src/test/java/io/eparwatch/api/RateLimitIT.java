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
import io.eparwatch.testing.EmaStub;
import io.eparwatch.testing.EmaStub.InjectEmaStub;
import io.eparwatch.testing.Pages;
import io.eparwatch.testing.StubPages;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * A 429 with a long Retry-After pauses every request to EMA for the whole application, so this test
 * runs in an application of its own.
 */
@QuarkusTest
@TestProfile(RateLimitIT.OwnApplication.class)
@QuarkusTestResource(EmaStub.class)
class RateLimitIT {

  @InjectEmaStub WireMockServer ema;

  @Test
  void retryAfterIsHonouredAndNoRequestIsMadeBeforeIt() {
    String slug = Api.watch(ema.baseUrl() + Pages.PATH);
    String other = Api.watch(ema.baseUrl() + "/en/medicines/human/EPAR/suboxone");
    StubPages.answer(
        ema, Pages.PATH, aResponse().withStatus(429).withHeader("Retry-After", "3600"));
    Instant before = Instant.now();

    check(slug).body("outcome", equalTo("FAILED")).body("message", containsString("429"));
    String next = given().get("/api/watches/" + slug).then().extract().path("nextCheckAt");
    assertTrue(Instant.parse(next).isAfter(before.plus(Duration.ofMinutes(59))), next);

    StubPages.serve(ema, "/en/medicines/human/EPAR/suboxone", Pages.v1());
    check(other).body("outcome", equalTo("FAILED")).body("message", containsString("paused"));
    ema.verify(0, getRequestedFor(urlPathEqualTo("/en/medicines/human/EPAR/suboxone")));
  }

  public static class OwnApplication implements QuarkusTestProfile {}
}

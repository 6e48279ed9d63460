package io.eparwatch.source;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.eparwatch.source.RobotsStore.Learnt;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PageFetcherRobotsTest extends FetcherTestBase {

  private static final String ROBOTS = "/robots.txt";

  @BeforeEach
  void honourRobots() {
    config.respectRobots = true;
    config.maxRetries = 0;
    ema.stubFor(get(PAGE).willReturn(aResponse().withHeader("Content-Type", HTML).withBody("ok")));
  }

  @Test
  void disallowedPageIsNotFetched() {
    robotsTxt("User-agent: *\nAllow: /\n\nUser-agent: eparwatch\nDisallow: /en/medicines/\n");

    FetchResult.Failed failed = assertInstanceOf(FetchResult.Failed.class, fetch(PAGE));

    assertEquals("disallowed by robots.txt: " + PAGE, failed.error());
    ema.verify(0, getRequestedFor(urlEqualTo(PAGE)));
    ema.verify(
        getRequestedFor(urlEqualTo(ROBOTS))
            .withHeader("User-Agent", equalTo(TestFetchConfig.USER_AGENT)));
  }

  @Test
  void allowedPageIsFetchedAndRobotsTxtIsCachedForItsTtl() {
    robotsTxt("User-agent: *\nDisallow: /admin\n");

    assertInstanceOf(FetchResult.Fetched.class, fetch(PAGE));
    assertInstanceOf(FetchResult.Fetched.class, fetch(PAGE));
    ema.verify(1, getRequestedFor(urlEqualTo(ROBOTS)));

    clock.advance(config.robotsTtl);
    assertInstanceOf(FetchResult.Fetched.class, fetch(PAGE));
    ema.verify(2, getRequestedFor(urlEqualTo(ROBOTS)));
  }

  @Test
  void robotsTxtKeptByAnotherInstanceAfterWeLookedIsNotFetchedAgain() {
    robotsTxt("User-agent: *\nDisallow: /admin\n");
    MemoryRobotsStore shared = new MemoryRobotsStore();
    // Another instance keeps fresh rules just after this one found none: between its look and its
    // claim of the fetch.
    robots =
        new ForwardingRobotsStore(shared) {
          private boolean looked;

          @Override
          public Optional<Learnt> latest() {
            Optional<Learnt> seen = super.latest();
            if (!looked) {
              looked = true;
              shared.keep(new Learnt("User-agent: *\nDisallow:\n", null, clock.instant(), later()));
            }
            return seen;
          }
        };

    assertInstanceOf(FetchResult.Fetched.class, fetch(PAGE));
    ema.verify(0, getRequestedFor(urlEqualTo(ROBOTS)));
  }

  private Instant later() {
    return clock.instant().plus(config.robotsTtl);
  }

  @Test
  void missingRobotsTxtAllowsEverything() {
    ema.stubFor(get(ROBOTS).willReturn(aResponse().withStatus(404)));

    assertInstanceOf(FetchResult.Fetched.class, fetch(PAGE));
  }

  @Test
  void failingRobotsTxtDisallowsEverythingForNow() {
    ema.stubFor(get(ROBOTS).willReturn(aResponse().withStatus(500)));

    FetchResult.Failed failed = assertInstanceOf(FetchResult.Failed.class, fetch(PAGE));

    assertEquals(
        "robots.txt of EMA could not be read (EMA answered HTTP 500 (after 1 attempt));"
            + " nothing is fetched from EMA until it can",
        failed.error());
    ema.verify(0, getRequestedFor(urlEqualTo(PAGE)));
  }

  @Test
  void robotsTxtIsAskedAgainSoonAfterAFailure() {
    ema.stubFor(get(ROBOTS).willReturn(aResponse().withStatus(503)));
    assertInstanceOf(FetchResult.Failed.class, fetch(PAGE));
    robotsTxt("User-agent: *\nDisallow:\n");

    clock.advance(Duration.ofMinutes(5));

    assertInstanceOf(FetchResult.Fetched.class, fetch(PAGE));
  }

  @Test
  void robotsRequestIsSpacedLikeAnyOther() {
    robotsTxt("User-agent: *\nDisallow: /admin\n");

    fetch(PAGE);

    assertEquals(seconds(1), sleeper.sleeps());
  }

  @Test
  void redirectTargetsAreCheckedAgainstRobotsToo() {
    robotsTxt("User-agent: *\nDisallow: /private\n");
    ema.stubFor(
        get(PAGE).willReturn(aResponse().withStatus(302).withHeader("Location", "/private/x")));

    FetchResult.Failed failed = assertInstanceOf(FetchResult.Failed.class, fetch(PAGE));

    assertEquals("disallowed by robots.txt: /private/x", failed.error());
    ema.verify(0, getRequestedFor(urlEqualTo("/private/x")));
  }

  @Test
  void rateLimitOnRobotsTxtIsReportedAsSuchAndNotCached() {
    ema.stubFor(
        get(ROBOTS)
            .inScenario("limited")
            .whenScenarioStateIs(STARTED)
            .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "600"))
            .willSetStateTo("open"));
    ema.stubFor(
        get(ROBOTS)
            .inScenario("limited")
            .whenScenarioStateIs("open")
            .willReturn(aResponse().withBody("User-agent: *\nDisallow:\n")));

    FetchResult.Postponed postponed = assertInstanceOf(FetchResult.Postponed.class, fetch(PAGE));
    clock.advance(Duration.ofSeconds(600));

    assertEquals(clock.instant(), postponed.pause().until());
    assertInstanceOf(FetchResult.Fetched.class, fetch(PAGE));
  }

  @Test
  void robotsAreIgnoredWhenSwitchedOff() {
    config.respectRobots = false;
    robotsTxt("User-agent: *\nDisallow: /\n");

    assertInstanceOf(FetchResult.Fetched.class, fetch(PAGE));
    ema.verify(0, getRequestedFor(urlEqualTo(ROBOTS)));
  }

  private void robotsTxt(String body) {
    ema.stubFor(
        get(ROBOTS)
            .willReturn(aResponse().withHeader("Content-Type", "text/plain").withBody(body)));
  }
}

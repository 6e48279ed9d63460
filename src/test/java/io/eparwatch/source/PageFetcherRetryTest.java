package io.eparwatch.source;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageFetcherRetryTest extends FetcherTestBase {

  @Test
  void retriesAServerErrorThenSucceeds() {
    answerInTurn(aResponse().withStatus(502), okPage());

    assertInstanceOf(FetchResult.Fetched.class, fetch(PAGE));
    assertEquals(seconds(2), sleeper.sleeps());
    ema.verify(2, getRequestedFor(urlEqualTo(PAGE)));
  }

  @Test
  void givesUpAfterPersistentServerErrorsWithExponentialBackoff() {
    ema.stubFor(get(PAGE).willReturn(aResponse().withStatus(500)));

    FetchResult.Failed failed = assertInstanceOf(FetchResult.Failed.class, fetch(PAGE));

    assertEquals("EMA answered HTTP 500 (after 3 attempts)", failed.error());
    assertEquals(seconds(2, 4), sleeper.sleeps());
    ema.verify(3, getRequestedFor(urlEqualTo(PAGE)));
  }

  @Test
  void retriesAReadTimeoutThenFails() {
    config.readTimeout = Duration.ofMillis(300);
    config.maxRetries = 1;
    ema.stubFor(get(PAGE).willReturn(okPage().withFixedDelay(1500)));

    FetchResult.Failed failed = assertInstanceOf(FetchResult.Failed.class, fetch(PAGE));

    assertEquals("no complete response within PT0.3S (after 2 attempts)", failed.error());
    ema.verify(2, getRequestedFor(urlEqualTo(PAGE)));
  }

  @Test
  void boundsTheBodyTransferByTheReadTimeoutToo() {
    config.readTimeout = Duration.ofMillis(300);
    config.maxRetries = 0;
    ema.stubFor(
        get(PAGE).willReturn(okPage().withBody("x".repeat(100)).withChunkedDribbleDelay(10, 1500)));

    FetchResult.Failed failed = assertInstanceOf(FetchResult.Failed.class, fetch(PAGE));

    assertEquals("no complete response within PT0.3S (after 1 attempt)", failed.error());
  }

  @Test
  void retriesATruncatedTransfer() {
    ResponseDefinitionBuilder truncated =
        okPage().withHeader("Content-Length", "1000").withBody("cut");
    answerInTurn(truncated, okPage());

    assertInstanceOf(FetchResult.Fetched.class, fetch(PAGE));
    ema.verify(2, getRequestedFor(urlEqualTo(PAGE)));
  }

  @Test
  void persistentTruncationFailsWithTheIoError() {
    config.maxRetries = 1;
    ema.stubFor(
        get(PAGE).willReturn(okPage().withHeader("Content-Length", "1000").withBody("cut")));

    FetchResult.Failed failed = assertInstanceOf(FetchResult.Failed.class, fetch(PAGE));

    assertTrue(failed.error().startsWith("I/O error"), failed.error());
    assertTrue(failed.error().endsWith("(after 2 attempts)"), failed.error());
  }

  @Test
  void waitsForAShortRetryAfterThenRetries() {
    answerInTurn(aResponse().withStatus(429).withHeader("Retry-After", "3"), okPage());

    assertInstanceOf(FetchResult.Fetched.class, fetch(PAGE));
    assertEquals(seconds(3), sleeper.sleeps());
    ema.verify(2, getRequestedFor(urlEqualTo(PAGE)));
  }

  @Test
  void longRetryAfterPostponesAndKeepsEveryoneAwayUntilThen() {
    Instant until = clock.instant().plusSeconds(3600);
    String httpDate = DateTimeFormatter.RFC_1123_DATE_TIME.format(until.atZone(ZoneOffset.UTC));
    ema.stubFor(
        get(PAGE).willReturn(aResponse().withStatus(429).withHeader("Retry-After", httpDate)));

    FetchResult.Postponed first = assertInstanceOf(FetchResult.Postponed.class, fetch(PAGE));
    FetchResult.Postponed next =
        assertInstanceOf(FetchResult.Postponed.class, fetch("/en/medicines/human/EPAR/other"));

    assertTrue(
        first.pause().describe().startsWith("rate limited by EMA (HTTP 429)"),
        first.pause().describe());
    assertEquals(until, first.pause().until());
    assertEquals(until, next.pause().until());
    assertEquals(1, ema.getAllServeEvents().size());
    assertEquals(seconds(), sleeper.sleeps());
  }

  @Test
  void requestsResumeOnceTheRefusalHasPassed() {
    answerInTurn(aResponse().withStatus(503).withHeader("Retry-After", "120"), okPage());

    FetchResult.Postponed postponed = assertInstanceOf(FetchResult.Postponed.class, fetch(PAGE));
    clock.advance(Duration.ofSeconds(120));

    assertTrue(
        postponed.pause().describe().startsWith("EMA temporarily unavailable (HTTP 503)"),
        postponed.pause().describe());
    assertInstanceOf(FetchResult.Fetched.class, fetch(PAGE));
  }

  @Test
  void aSecondRateLimitAfterWaitingIsNotWaitedForAgain() {
    ema.stubFor(get(PAGE).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "5")));

    FetchResult.Postponed postponed = assertInstanceOf(FetchResult.Postponed.class, fetch(PAGE));

    assertEquals(clock.instant().plusSeconds(5), postponed.pause().until());
    assertEquals(seconds(5), sleeper.sleeps());
    ema.verify(2, getRequestedFor(urlEqualTo(PAGE)));
  }

  @ParameterizedTest(name = "HTTP {0}, Retry-After as {1}")
  @CsvSource({"429, seconds", "429, date", "503, seconds", "503, date"})
  void aRetryAfterPausesEveryRequestAndIsCutToMaxPause(int status, String form) {
    Instant yearAhead = clock.instant().plus(Duration.ofDays(365));
    String header =
        form.equals("seconds")
            ? Long.toString(Duration.ofDays(365).toSeconds())
            : DateTimeFormatter.RFC_1123_DATE_TIME.format(yearAhead.atZone(ZoneOffset.UTC));
    ema.stubFor(
        get(PAGE).willReturn(aResponse().withStatus(status).withHeader("Retry-After", header)));

    FetchResult.Postponed first = assertInstanceOf(FetchResult.Postponed.class, fetch(PAGE));
    FetchResult.Postponed other =
        assertInstanceOf(FetchResult.Postponed.class, fetch("/en/medicines/human/EPAR/other"));

    Instant cut = clock.instant().plus(config.maxPause);
    assertEquals(cut, first.pause().until());
    assertEquals(cut, other.pause().until());
    assertTrue(first.pause().reason().contains("HTTP " + status), first.pause().reason());
    assertTrue(first.pause().reason().contains("cut to 3600s"), first.pause().reason());
    assertEquals(1, ema.getAllServeEvents().size());
    assertEquals(seconds(), sleeper.sleeps());
  }

  @Test
  void aPatientFetchWaitsOutAPauseWithinItsPatienceOnly() {
    ema.stubFor(get(PAGE).willReturn(okPage()));
    pauses.extend(new EmaPause(clock.instant().plusSeconds(20), "test"));

    FetchResult.Postponed impatient =
        assertInstanceOf(
            FetchResult.Postponed.class,
            fetcher().fetch(url(PAGE), Validators.none(), Duration.ofSeconds(19)));
    FetchResult patient = fetcher().fetch(url(PAGE), Validators.none(), Duration.ofSeconds(20));

    assertEquals("test", impatient.pause().reason());
    assertInstanceOf(FetchResult.Fetched.class, patient);
    assertEquals(seconds(20), sleeper.sleeps());
    ema.verify(1, getRequestedFor(urlEqualTo(PAGE)));
  }

  private void answerInTurn(ResponseDefinitionBuilder first, ResponseDefinitionBuilder second) {
    ema.stubFor(
        get(PAGE)
            .inScenario("turns")
            .whenScenarioStateIs(STARTED)
            .willReturn(first)
            .willSetStateTo("second"));
    ema.stubFor(get(PAGE).inScenario("turns").whenScenarioStateIs("second").willReturn(second));
  }

  private static ResponseDefinitionBuilder okPage() {
    return aResponse().withStatus(200).withHeader("Content-Type", HTML).withBody("<html>ok</html>");
  }
}

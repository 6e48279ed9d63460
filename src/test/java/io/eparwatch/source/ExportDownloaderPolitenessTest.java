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
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Downloads share retries, robots.txt and the host throttle with page fetches. */
class ExportDownloaderPolitenessTest extends DownloaderTestBase {

  private final ExecutorService twoThreads = Executors.newFixedThreadPool(2);

  @AfterEach
  void stopThreads() {
    twoThreads.shutdownNow();
  }

  @Test
  void retriesAServerErrorThenSucceeds() throws Exception {
    answerInTurn(aResponse().withStatus(502), json().withBody("[1]"));

    assertInstanceOf(DownloadResult.Downloaded.class, download());
    assertEquals("[1]", Files.readString(target));
    assertEquals(seconds(2), sleeper.sleeps());
    assertOnlyTargetInDirectory();
  }

  @Test
  void retriesATruncatedTransfer() throws Exception {
    answerInTurn(
        json().withHeader("Content-Length", "1000").withBody("[cut"), json().withBody("[1]"));

    assertInstanceOf(DownloadResult.Downloaded.class, download());
    assertEquals("[1]", Files.readString(target));
    ema.verify(2, getRequestedFor(urlEqualTo(EXPORT)));
    assertOnlyTargetInDirectory();
  }

  @Test
  void persistentTruncationFailsAndLeavesNothingBehind() throws Exception {
    config.maxRetries = 1;
    ema.stubFor(
        get(EXPORT).willReturn(json().withHeader("Content-Length", "1000").withBody("[cut")));

    DownloadResult.Failed failed = assertInstanceOf(DownloadResult.Failed.class, download());

    assertTrue(failed.error().startsWith("I/O error"), failed.error());
    assertTrue(failed.error().endsWith("(after 2 attempts)"), failed.error());
    assertNothingWritten();
  }

  @Test
  void aLongRetryAfterOnADownloadKeepsPageFetchesAwayToo() throws Exception {
    Instant until = clock.instant().plusSeconds(3600);
    ema.stubFor(get(EXPORT).willReturn(rateLimitedUntil(until)));

    DownloadResult.Postponed download =
        assertInstanceOf(DownloadResult.Postponed.class, download());
    FetchResult.Postponed page = assertInstanceOf(FetchResult.Postponed.class, fetch(PAGE));

    assertTrue(
        download.pause().describe().startsWith("rate limited by EMA (HTTP 429)"),
        download.pause().describe());
    assertEquals(until, download.pause().until());
    assertEquals(until, page.pause().until());
    assertEquals(1, ema.getAllServeEvents().size());
    assertNothingWritten();
  }

  @Test
  void aLongRetryAfterOnAPageKeepsDownloadsAwayToo() throws Exception {
    Instant until = clock.instant().plusSeconds(3600);
    ema.stubFor(get(PAGE).willReturn(rateLimitedUntil(until)));

    assertInstanceOf(FetchResult.Postponed.class, fetch(PAGE));
    DownloadResult.Postponed download =
        assertInstanceOf(DownloadResult.Postponed.class, download());

    assertEquals(until, download.pause().until());
    assertEquals(1, ema.getAllServeEvents().size());
    assertEquals(seconds(), sleeper.sleeps());
    assertNothingWritten();
  }

  @Test
  void aDownloadDisallowedByRobotsTxtIsNotRequested() throws Exception {
    config.respectRobots = true;
    ema.stubFor(
        get("/robots.txt")
            .willReturn(aResponse().withBody("User-agent: *\nDisallow: /en/documents/\n")));
    ema.stubFor(get(PAGE).willReturn(aResponse().withHeader("Content-Type", HTML).withBody("ok")));

    DownloadResult.Failed failed = assertInstanceOf(DownloadResult.Failed.class, download());
    assertInstanceOf(FetchResult.Fetched.class, fetch(PAGE));

    assertEquals("disallowed by robots.txt: " + EXPORT, failed.error());
    ema.verify(0, getRequestedFor(urlEqualTo(EXPORT)));
    ema.verify(1, getRequestedFor(urlEqualTo("/robots.txt")));
    assertNothingWritten();
  }

  @Test
  void aDownloadWaitsTheMinimumGapAfterAPageFetch() {
    ema.stubFor(get(PAGE).willReturn(aResponse().withHeader("Content-Type", HTML).withBody("ok")));
    ema.stubFor(get(EXPORT).willReturn(json().withBody("[]")));

    fetch(PAGE);
    clock.advance(Duration.ofMillis(300));
    download();

    assertEquals(List.of(Duration.ofMillis(700)), sleeper.sleeps());
  }

  @Test
  void aPageFetchAndADownloadNeverOverlap() throws Exception {
    config.minGap = Duration.ZERO;
    ema.stubFor(
        get(PAGE).willReturn(aResponse().withHeader("Content-Type", HTML).withFixedDelay(300)));
    ema.stubFor(
        get(EXPORT).willReturn(json().withBody("x".repeat(3000)).withChunkedDribbleDelay(30, 300)));

    CompletableFuture<FetchResult> page =
        CompletableFuture.supplyAsync(() -> fetch(PAGE), twoThreads);
    CompletableFuture<DownloadResult> export =
        CompletableFuture.supplyAsync(this::download, twoThreads);
    assertInstanceOf(FetchResult.Fetched.class, page.get(5, TimeUnit.SECONDS));
    assertInstanceOf(DownloadResult.Downloaded.class, export.get(5, TimeUnit.SECONDS));

    List<Long> arrivals =
        ema.getAllServeEvents().stream()
            .map(event -> event.getRequest().getLoggedDate().getTime())
            .sorted()
            .toList();
    assertTrue(arrivals.get(1) - arrivals.get(0) >= 300, () -> "arrivals " + arrivals);
  }

  private void answerInTurn(ResponseDefinitionBuilder first, ResponseDefinitionBuilder second) {
    ema.stubFor(
        get(EXPORT)
            .inScenario("turns")
            .whenScenarioStateIs(STARTED)
            .willReturn(first)
            .willSetStateTo("second"));
    ema.stubFor(get(EXPORT).inScenario("turns").whenScenarioStateIs("second").willReturn(second));
  }

  private static ResponseDefinitionBuilder rateLimitedUntil(Instant until) {
    String httpDate = DateTimeFormatter.RFC_1123_DATE_TIME.format(until.atZone(ZoneOffset.UTC));
    return aResponse().withStatus(429).withHeader("Retry-After", httpDate);
  }
}

package io.eparwatch.source;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PageFetcherTest extends FetcherTestBase {

  private final ExecutorService twoThreads = Executors.newFixedThreadPool(2);

  @AfterEach
  void stopThreads() {
    twoThreads.shutdownNow();
  }

  @Test
  void fetchesAnHtmlPageIdentifyingItself() {
    ema.stubFor(
        get(PAGE)
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", HTML)
                    .withHeader("ETag", "\"v1\"")
                    .withHeader("Last-Modified", "Sat, 01 Mar 2025 09:00:00 GMT")
                    .withBody("<html>Keytruda</html>")));

    FetchResult.Fetched page = assertInstanceOf(FetchResult.Fetched.class, fetch(PAGE));

    assertEquals(url(PAGE), page.finalUrl());
    assertEquals(200, page.status());
    assertEquals(HTML, page.contentType());
    assertArrayEquals("<html>Keytruda</html>".getBytes(StandardCharsets.UTF_8), page.body());
    assertEquals("\"v1\"", page.etag());
    assertEquals("Sat, 01 Mar 2025 09:00:00 GMT", page.lastModified());
    ema.verify(
        getRequestedFor(urlEqualTo(PAGE))
            .withHeader("User-Agent", equalTo(TestFetchConfig.USER_AGENT))
            .withHeader("If-None-Match", absent())
            .withHeader("If-Modified-Since", absent()));
  }

  @Test
  void sendsValidatorsAndReportsNotModified() {
    ema.stubFor(get(PAGE).willReturn(aResponse().withStatus(304)));

    FetchResult result =
        fetcher().fetch(url(PAGE), new Validators("\"v1\"", "Sat, 01 Mar 2025 09:00:00 GMT"));

    assertInstanceOf(FetchResult.NotModified.class, result);
    ema.verify(
        getRequestedFor(urlEqualTo(PAGE))
            .withHeader("If-None-Match", equalTo("\"v1\""))
            .withHeader("If-Modified-Since", equalTo("Sat, 01 Mar 2025 09:00:00 GMT")));
  }

  @Test
  void followsRedirectsWithinTheEmaHost() {
    ema.stubFor(
        get("/medicines/human/EPAR/keytruda")
            .willReturn(aResponse().withStatus(301).withHeader("Location", PAGE)));
    ema.stubFor(get(PAGE).willReturn(aResponse().withHeader("Content-Type", HTML).withBody("ok")));

    FetchResult.Fetched page =
        assertInstanceOf(FetchResult.Fetched.class, fetch("/medicines/human/EPAR/keytruda"));

    assertEquals(url(PAGE), page.finalUrl());
  }

  @Test
  void refusesRedirectToAForeignHostWithoutContactingIt() {
    WireMockServer foreign = new WireMockServer(wireMockConfig().dynamicPort());
    foreign.start();
    try {
      foreign.stubFor(get(anyUrl()).willReturn(aResponse().withHeader("Content-Type", HTML)));
      String target = "http://localhost:" + foreign.port() + "/steal";
      ema.stubFor(get(PAGE).willReturn(aResponse().withStatus(302).withHeader("Location", target)));

      FetchResult.Failed failed = assertInstanceOf(FetchResult.Failed.class, fetch(PAGE));

      assertEquals(
          "redirect to foreign host localhost:" + foreign.port() + " refused", failed.error());
      foreign.verify(0, anyRequestedFor(anyUrl()));
    } finally {
      foreign.stop();
    }
  }

  @Test
  void givesUpAfterFiveRedirects() {
    for (int i = 0; i < 7; i++) {
      String next = "/hop" + (i + 1);
      ema.stubFor(
          get("/hop" + i).willReturn(aResponse().withStatus(302).withHeader("Location", next)));
    }

    FetchResult.Failed failed = assertInstanceOf(FetchResult.Failed.class, fetch("/hop0"));

    assertTrue(failed.error().startsWith("more than 5 redirects"), failed.error());
    ema.verify(6, getRequestedFor(anyUrl()));
  }

  @Test
  void refusesToFetchAnotherHostOutright() {
    FetchResult result = fetcher().fetch(URI.create("http://localhost:1/x"), Validators.none());

    assertTrue(
        assertInstanceOf(FetchResult.Failed.class, result).error().contains("not the EMA host"));
  }

  @Test
  void refusesAnOversizedBodyDeclaredByContentLength() {
    config.maxBodyBytes = 1000;
    ema.stubFor(
        get(PAGE)
            .willReturn(aResponse().withHeader("Content-Type", HTML).withBody("x".repeat(5000))));

    FetchResult.Failed failed = assertInstanceOf(FetchResult.Failed.class, fetch(PAGE));

    assertEquals("body exceeds 1000 bytes", failed.error());
    ema.verify(1, getRequestedFor(urlEqualTo(PAGE)));
  }

  @Test
  void refusesAnOversizedChunkedBodyWhileStreaming() {
    config.maxBodyBytes = 1000;
    ema.stubFor(
        get(PAGE)
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", HTML)
                    .withBody("x".repeat(50_000))
                    .withChunkedDribbleDelay(50, 100)));

    FetchResult.Failed failed = assertInstanceOf(FetchResult.Failed.class, fetch(PAGE));

    assertEquals("body exceeds 1000 bytes", failed.error());
  }

  @Test
  void acceptsABodyOfExactlyTheCap() {
    config.maxBodyBytes = 1000;
    ema.stubFor(
        get(PAGE)
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", HTML)
                    .withBody("x".repeat(1000))
                    .withChunkedDribbleDelay(4, 20)));

    assertEquals(1000, assertInstanceOf(FetchResult.Fetched.class, fetch(PAGE)).body().length);
  }

  @Test
  void refusesContentOtherThanHtml() {
    ema.stubFor(
        get(PAGE)
            .willReturn(
                aResponse().withHeader("Content-Type", "application/pdf").withBody("%PDF")));

    FetchResult.Failed failed = assertInstanceOf(FetchResult.Failed.class, fetch(PAGE));

    assertEquals("unexpected content type application/pdf", failed.error());
  }

  @Test
  void reportsClientErrorsWithTheirStatusWithoutRetrying() {
    ema.stubFor(get(PAGE).willReturn(aResponse().withStatus(410)));

    FetchResult.Failed failed = assertInstanceOf(FetchResult.Failed.class, fetch(PAGE));

    assertTrue(failed.error().contains("HTTP 410"), failed.error());
    ema.verify(1, getRequestedFor(urlEqualTo(PAGE)));
  }

  @Test
  void spacesConsecutiveRequestsByTheMinimumGap() {
    ema.stubFor(get(PAGE).willReturn(aResponse().withHeader("Content-Type", HTML).withBody("ok")));

    fetch(PAGE);
    fetch(PAGE);
    clock.advance(Duration.ofMillis(400));
    fetch(PAGE);

    assertEquals(List.of(Duration.ofSeconds(1), Duration.ofMillis(600)), sleeper.sleeps());
  }

  @Test
  void concurrentFetchesReachEmaOneAfterTheOther() throws Exception {
    config.minGap = Duration.ZERO;
    ema.stubFor(
        get(PAGE).willReturn(aResponse().withHeader("Content-Type", HTML).withFixedDelay(300)));

    CompletableFuture<FetchResult> first =
        CompletableFuture.supplyAsync(() -> fetch(PAGE), twoThreads);
    CompletableFuture<FetchResult> second =
        CompletableFuture.supplyAsync(() -> fetch(PAGE), twoThreads);
    first.get(5, TimeUnit.SECONDS);
    second.get(5, TimeUnit.SECONDS);

    List<Long> arrivals =
        ema.getAllServeEvents().stream()
            .map(event -> event.getRequest().getLoggedDate().getTime())
            .sorted()
            .toList();
    assertTrue(arrivals.get(1) - arrivals.get(0) >= 300, () -> "arrivals " + arrivals);
  }
}

package io.eparwatch.source;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The HTTP client runs on a bounded pool: many requests never mean many new OS threads. */
class FetcherThreadsTest extends FetcherTestBase {

  private static final int REQUESTS = 300;

  @Test
  void manyRequestsStartOnlyAFewThreads() {
    config.minGap = java.time.Duration.ZERO;
    ema.stubFor(
        get(urlPathEqualTo(PAGE))
            .willReturn(aResponse().withHeader("Content-Type", HTML).withBody("<html></html>")));
    assertInstanceOf(FetchResult.Fetched.class, fetch(PAGE)); // the client and its pool exist
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long startedBefore = threads.getTotalStartedThreadCount();

    for (int i = 0; i < REQUESTS; i++) {
      assertInstanceOf(FetchResult.Fetched.class, fetch(PAGE));
    }

    long started = threads.getTotalStartedThreadCount() - startedBefore;
    // WireMock's own server may start a few; one new thread per response would be 300.
    assertTrue(started < 20, started + " threads started for " + REQUESTS + " requests");
  }

  @Test
  void concurrentCallersShareTheBoundedPool() throws Exception {
    config.minGap = java.time.Duration.ZERO;
    config.maxInFlight = 4;
    ema.stubFor(
        get(urlPathEqualTo(PAGE))
            .willReturn(aResponse().withHeader("Content-Type", HTML).withBody("<html></html>")));
    assertInstanceOf(FetchResult.Fetched.class, fetch(PAGE));
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    ExecutorService callers = Executors.newFixedThreadPool(8);
    long startedBefore = threads.getTotalStartedThreadCount();
    try {
      List<Future<FetchResult>> results = new ArrayList<>();
      for (int i = 0; i < REQUESTS; i++) {
        results.add(callers.submit(() -> fetch(PAGE)));
      }
      for (Future<FetchResult> result : results) {
        assertInstanceOf(FetchResult.Fetched.class, result.get());
      }
    } finally {
      callers.shutdownNow();
    }

    long started = threads.getTotalStartedThreadCount() - startedBefore;
    // 8 callers, a pool of at most 2 × max-in-flight, and WireMock's server threads.
    assertTrue(started < 40, started + " threads started for " + REQUESTS + " requests");
  }
}

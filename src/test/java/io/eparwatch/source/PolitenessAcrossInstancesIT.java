package io.eparwatch.source;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eparwatch.ops.Statements;
import io.eparwatch.testing.MovableClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two instances' ways to EMA (separate objects and owner names, as two JVMs have them) sharing one
 * database, sending to a loopback server that records arrivals: together they keep the gap, the
 * requests in flight and robots.txt to what one instance may.
 */
@QuarkusTest
class PolitenessAcrossInstancesIT {

  private static final Duration GAP = Duration.ofMillis(200);
  // Instants pass through the database at microsecond precision.
  private static final Duration GRAIN = Duration.ofMillis(1);

  @Inject MovableClock clock;
  @Inject StoredEmaPauses pauses;
  @Inject EmaBudget appBudget;
  @Inject Statements statements;

  private final ExecutorService callers = Executors.newFixedThreadPool(8);
  private final TestConfig config = new TestConfig();
  private ArrivalRecorder ema;

  @BeforeEach
  void freshBudget() {
    clock.reset();
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              EmaTurnRow.deleteAll();
              EmaRobotsRow.deleteAll();
              EmaPauseRow.update("pausedUntil = null");
            });
    ema = new ArrivalRecorder(clock);
  }

  @AfterEach
  void stop() {
    callers.shutdownNow();
    ema.close();
  }

  @Test
  void twoInstancesTogetherKeepTheGapAndFetchRobotsTxtOnce() throws Exception {
    config.fetch.minGap = GAP;
    config.fetch.respectRobots = true;
    // On a loaded machine a 5 s read timeout can pass, and the retry is a second request.
    config.fetch.readTimeout = Duration.ofSeconds(30);
    List<PageFetcher> instances = List.of(instance("instance-a"), instance("instance-b"));
    List<Future<FetchResult>> results = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      PageFetcher fetcher = instances.get(i % 2);
      String path = "/en/medicines/human/EPAR/page-" + i;
      results.add(callers.submit(() -> fetcher.fetch(url(path), Validators.none())));
    }
    for (Future<FetchResult> result : results) {
      assertInstanceOf(FetchResult.Fetched.class, result.get(30, TimeUnit.SECONDS));
    }

    assertEquals(13, ema.arrivals().size(), "12 pages and robots.txt: " + ema.arrivals());
    assertEquals(1, ema.requestsFor("/robots.txt"), "robots.txt fetched once for both");
    Duration shortest = ema.shortestGap();
    System.out.printf("shortest gap between two requests across both instances: %s%n", shortest);
    assertTrue(shortest.compareTo(GAP.minus(GRAIN)) >= 0, "shortest gap " + shortest);
    // Whichever instance did not fetch robots.txt obeys the rules the other one kept.
    for (PageFetcher instance : instances) {
      FetchResult refused = instance.fetch(url("/private/page"), Validators.none());
      assertTrue(
          assertInstanceOf(FetchResult.Failed.class, refused).error().contains("robots.txt"));
    }
    assertEquals(0, ema.requestsFor("/private/page"));
  }

  @Test
  void withoutAGapMaxInFlightBindsBothInstancesTogether() throws Exception {
    config.fetch.minGap = Duration.ZERO;
    config.fetch.maxInFlight = 3;
    List<PageFetcher> instances = List.of(instance("instance-a"), instance("instance-b"));
    ema.hold();
    List<Future<FetchResult>> results = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      PageFetcher fetcher = instances.get(i % 2);
      String path = "/en/medicines/human/EPAR/page-" + i;
      results.add(callers.submit(() -> fetcher.fetch(url(path), Validators.none())));
    }
    // Each instance alone would let three in: together, three get in and the others wait.
    await()
        .during(Duration.ofMillis(500))
        .atMost(Duration.ofSeconds(5))
        .until(() -> ema.inFlight() == 3);
    ema.release();
    for (Future<FetchResult> result : results) {
      assertInstanceOf(FetchResult.Fetched.class, result.get(30, TimeUnit.SECONDS));
    }
    assertEquals(8, ema.arrivals().size());
    assertEquals(3, ema.mostInFlight());
  }

  @Test
  void theTurnOfAnInstanceThatDiedIsFreeOnceItsLeaseEnds() {
    config.fetch.minGap = GAP;
    Duration lease = Duration.ofSeconds(1);
    Instant taken = clock.instant();
    EmaTurns dead = new StoredEmaTurns(statements, "instance-dead", GAP, 1);
    assertInstanceOf(EmaTurns.Taken.class, dead.take(taken, lease)); // and never released
    List<Duration> waits = new CopyOnWriteArrayList<>();

    FetchResult result = instance("instance-a", waits).fetch(url("/en/page"), Validators.none());

    assertInstanceOf(FetchResult.Fetched.class, result);
    Instant arrived = ema.arrivals().get(0).arrived();
    Duration after = Duration.between(taken, arrived);
    System.out.printf("request sent %s after a dead instance took the turn (lease 1s)%n", after);
    assertTrue(after.compareTo(lease.plus(GAP).minus(GRAIN)) >= 0, "sent after " + after);
    assertTrue(!waits.isEmpty(), "the waits are metered");
  }

  @Test
  void politenessWaitsAreInTheMetrics() throws InterruptedException {
    double[] before = waitsCountAndSum();
    pauses.extend(new EmaPause(clock.instant().plus(Duration.ofHours(1)), "test pause"));
    // The application's budget; waiting moves the clock instead of sleeping.
    HostThrottle throttle = new HostThrottle(Duration.ZERO, 1, clock, clock::advance, appBudget);
    try {
      String answer =
          throttle.inTurn(() -> "sent", Duration.ofSeconds(5), Duration.ofHours(2), p -> "paused");

      assertEquals("sent", answer);
    } finally {
      clock.reset();
    }
    double[] after = waitsCountAndSum();
    assertEquals(before[0] + 1, after[0], "one wait counted");
    assertEquals(before[1] + 3600, after[1], 1, "an hour waited");
  }

  /** This instance's politeness waits as /q/metrics shows them: count and seconds in total. */
  private double[] waitsCountAndSum() {
    String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
    return new double[] {metric(metrics, "count"), metric(metrics, "sum")};
  }

  private static double metric(String metrics, String suffix) {
    Matcher value =
        Pattern.compile(
                "(?m)^eparwatch_politeness_waits_seconds_" + suffix + "(?:\\{[^}]*\\})? (\\S+)$")
            .matcher(metrics);
    return value.find() ? Double.parseDouble(value.group(1)) : 0;
  }

  private PageFetcher instance(String owner) {
    return instance(owner, new CopyOnWriteArrayList<>());
  }

  /** One instance's way to EMA, with a budget of its own objects on the shared database. */
  private PageFetcher instance(String owner, List<Duration> waits) {
    EmaBudget budget =
        new EmaBudget(
            pauses,
            new StoredEmaTurns(statements, owner, config.fetch.minGap, config.fetch.maxInFlight),
            new StoredRobots(owner),
            waits::add);
    EmaUrls urls = new EmaUrls(URI.create(ema.origin()));
    return new PageFetcher(new EmaClient(config, urls, clock, new ThreadSleeper(), budget));
  }

  private URI url(String path) {
    return URI.create(ema.origin() + path);
  }
}

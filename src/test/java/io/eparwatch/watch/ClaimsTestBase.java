package io.eparwatch.watch;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.eparwatch.epar.EparPage;
import io.eparwatch.ops.Statements;
import io.eparwatch.snapshot.FetchedPage;
import io.eparwatch.testing.Api;
import io.eparwatch.testing.EmaStub.InjectEmaStub;
import io.eparwatch.testing.MovableClock;
import io.eparwatch.testing.Pages;
import io.eparwatch.testing.StubPages;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Due watches are claimed, not assumed: racing claimers, a lease that expires and is taken over,
 * and the fence that drops the result of a check whose claim was taken over. The claims are made at
 * moments long past, so that only this test's watches are due then.
 */
abstract class ClaimsTestBase {

  private static final Duration LEASE = Duration.ofMinutes(5);

  @InjectEmaStub WireMockServer ema;
  @Inject WatchClaims claims;
  @Inject WatchChecker checker;
  @Inject BatchChecker batch;
  @Inject MovableClock clock;
  @Inject MeterRegistry registry;
  @Inject Statements statements;
  @Inject WatchRowRecord rowRecord;

  private final List<Long> created = new ArrayList<>();

  @BeforeEach
  void realTime() {
    clock.reset();
  }

  /** Puts this test's watches out of every later test's way. */
  @AfterEach
  void retire() {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              for (long id : created) {
                Watch.update(
                    "nextCheckAt = ?1 where id = ?2", Instant.parse("3000-01-01T00:00:00Z"), id);
              }
            });
    clock.reset();
  }

  @Test
  void racingClaimersClaimEachDueWatchExactlyOnce() throws Exception {
    Instant due = Instant.parse("2001-01-01T00:00:00Z");
    for (int i = 0; i < 40; i++) {
      created.add(watchDueAt("/en/medicines/human/EPAR/race-" + i + "-" + System.nanoTime(), due));
    }
    int claimers = 8;
    ConcurrentLinkedQueue<WatchClaims.Claim> won = new ConcurrentLinkedQueue<>();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(claimers);
    try {
      List<Future<?>> runs = new ArrayList<>();
      for (int c = 0; c < claimers; c++) {
        String owner = "claimer-" + c;
        runs.add(
            pool.submit(
                () -> {
                  start.await();
                  Instant now = due.plusSeconds(1);
                  for (Optional<WatchClaims.Claim> claim =
                          claims.claimNext(owner, now, now.plus(LEASE));
                      claim.isPresent();
                      claim = claims.claimNext(owner, now, now.plus(LEASE))) {
                    won.add(claim.get());
                  }
                  return null;
                }));
      }
      start.countDown();
      for (Future<?> run : runs) {
        run.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    Map<Long, Long> claimsPerWatch =
        won.stream()
            .collect(Collectors.groupingBy(WatchClaims.Claim::watchId, Collectors.counting()));
    assertEquals(created.size(), claimsPerWatch.size(), "every due watch claimed");
    assertTrue(claimsPerWatch.values().stream().allMatch(n -> n == 1), "none claimed twice");
    assertTrue(
        won.stream().map(WatchClaims.Claim::owner).distinct().count() > 1,
        "the claimers shared the work");
    for (WatchClaims.Claim claim : won) {
      assertEquals(claim.owner(), claimedBy(claim.watchId()));
    }
  }

  @Test
  void anExpiredClaimIsTakenOverByTheTick() {
    long id = servedWatchDueAt("takeover", clock.instant().minusSeconds(1));
    Instant now = clock.instant();
    assertTrue(claims.claimNext("a-dead-instance", now, now.plus(LEASE)).isPresent());

    assertEquals(Map.of(), batch.checkDue(), "the claim is alive: nothing to check");
    assertEquals("a-dead-instance", claimedBy(id));

    double takenOver = count("eparwatch.instance.claims.taken.over");
    clock.advance(LEASE.plusSeconds(1));
    assertEquals(Map.of(Outcome.BASELINE, 1), batch.checkDue());
    assertEquals(takenOver + 1, count("eparwatch.instance.claims.taken.over"));
    assertNull(claimedBy(id), "released once the check is recorded");
    given()
        .get("/q/metrics")
        .then()
        .body(containsString("eparwatch_instance_claims_taken_over_total"))
        .body(containsString("eparwatch_instance_checks_total{outcome=\"BASELINE\"}"));
  }

  @Test
  void aResultRecordedAfterTheClaimWasTakenOverIsDropped() {
    Instant due = Instant.parse("2002-01-01T00:00:00Z");
    long id = servedWatchDueAt("fence", due);
    WatchClaims.Claim frozen = claims.claimNext("frozen", due, due.plusSeconds(60)).orElseThrow();
    Instant later = due.plusSeconds(61);
    WatchClaims.Claim survivor =
        claims.claimNext("survivor", later, later.plus(LEASE)).orElseThrow();
    assertEquals(id, survivor.watchId());
    assertTrue(survivor.takenOver());

    double discarded = count("eparwatch.instance.checks.discarded");
    assertFalse(checker.check(frozen).isPresent(), "the frozen instance's result is dropped");
    assertEquals(discarded + 1, count("eparwatch.instance.checks.discarded"));
    assertNull(watch(id).lastOutcome, "nothing of it was recorded");
    assertEquals("survivor", claimedBy(id), "the survivor's claim stands");

    assertEquals(Outcome.BASELINE, checker.check(survivor).orElseThrow().outcome());
    assertNull(claimedBy(id));
  }

  @Test
  void aCheckSomeoneAskedForLeavesTheTicksClaimAlone() {
    Instant due = Instant.parse("2003-01-01T00:00:00Z");
    long id = servedWatchDueAt("manual", due);
    WatchClaims.Claim tick = claims.claimNext("tick", due, due.plus(LEASE)).orElseThrow();

    assertEquals(Outcome.BASELINE, checker.checkNow(id).outcome());
    assertEquals("tick", claimedBy(id));
    assertEquals(Outcome.UNCHANGED, checker.check(tick).orElseThrow().outcome());
    assertNull(claimedBy(id));
  }

  /** A 304 (the page has an ETag) or the same page again: both written as the watch row alone. */
  @ParameterizedTest
  @CsvSource({"2004, fence-304, '\"v1\"', NOT_MODIFIED", "2006, fence-same, , UNCHANGED"})
  void aResultFoundUnchangedAfterTheClaimWasTakenOverIsDropped(
      int year, String name, String etag, Outcome unchanged) {
    Instant due = Instant.parse(year + "-01-01T00:00:00Z");
    long id = servedWatchDueAt(name, due, etag);
    assertEquals(Outcome.BASELINE, checker.checkNow(id).outcome());
    dueAgainAt(id, due);
    Watch before = watch(id);
    WatchClaims.Claim frozen = claims.claimNext("frozen", due, due.plusSeconds(60)).orElseThrow();
    Instant later = due.plusSeconds(61);
    WatchClaims.Claim survivor =
        claims.claimNext("survivor", later, later.plus(LEASE)).orElseThrow();

    assertFalse(checker.check(frozen).isPresent(), "the frozen instance's result is dropped");
    assertEquals(Outcome.BASELINE, watch(id).lastOutcome, "nothing of it was recorded");
    assertEquals(before.nextCheckAt, watch(id).nextCheckAt);
    assertEquals("survivor", claimedBy(id), "the survivor's claim stands");

    assertEquals(unchanged, checker.check(survivor).orElseThrow().outcome());
    assertEquals(unchanged, watch(id).lastOutcome);
    assertNull(claimedBy(id), "released with the record");
  }

  @Test
  void a304SomeoneAskedForLeavesTheTicksClaimAlone() {
    Instant due = Instant.parse("2005-01-01T00:00:00Z");
    long id = servedWatchDueAt("manual304", due, "\"v1\"");
    CheckOutcome baseline = checker.checkNow(id);
    dueAgainAt(id, due);
    WatchClaims.Claim tick = claims.claimNext("tick", due, due.plus(LEASE)).orElseThrow();

    CheckOutcome manual = checker.checkNow(id);
    assertEquals(Outcome.NOT_MODIFIED, manual.outcome());
    assertEquals(baseline.snapshotId(), manual.snapshotId(), "the version the 304 confirms");
    assertEquals("tick", claimedBy(id));
  }

  @Test
  void aPageWhoseVersionMovedDuringTheCheckIsNotRecordedAsTheRowAlone() {
    Instant due = Instant.parse("2007-01-01T00:00:00Z");
    long id = servedWatchDueAt("moved", due);
    assertEquals(Outcome.BASELINE, checker.checkNow(id).outcome());
    CheckTarget read = CheckTarget.of(statements, id).orElseThrow();
    // Another check stores a new version while this one fetches.
    QuarkusTransaction.requiringNew()
        .run(() -> Watch.<Watch>findById(id).contentHash = "another-version");
    FetchedPage fetched =
        new FetchedPage(new byte[0], 200, "text/html", null, null, clock.instant(), Duration.ZERO);
    PageAssessment.Good same =
        new PageAssessment.Good(
            EparPage.builder().name("Moved").build(), read.contentHash(), List.of());

    assertTrue(rowRecord.unchanged(read, Optional.empty(), fetched, same).isEmpty());
    assertEquals(Outcome.BASELINE, watch(id).lastOutcome, "left to the full record");
  }

  /** A watch of a page the stand-in serves, due at {@code due}. */
  private long servedWatchDueAt(String name, Instant due) {
    return servedWatchDueAt(name, due, null);
  }

  /** With an ETag, the stand-in answers a check that sends it with a 304. */
  private long servedWatchDueAt(String name, Instant due, String etag) {
    String path = "/en/medicines/human/EPAR/claims-" + name + "-" + System.nanoTime();
    if (etag == null) {
      StubPages.serve(ema, path, Pages.v1());
    } else {
      StubPages.serve(ema, path, Pages.v1(), etag);
    }
    long id = watchDueAt(path, due);
    created.add(id);
    return id;
  }

  private long watchDueAt(String path, Instant due) {
    String slug = Api.watch(ema.baseUrl() + path);
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              Watch watch = Watch.findBySlug(slug).orElseThrow();
              watch.nextCheckAt = due;
              return watch.id;
            });
  }

  private static void dueAgainAt(long id, Instant due) {
    QuarkusTransaction.requiringNew().run(() -> Watch.<Watch>findById(id).nextCheckAt = due);
  }

  private static Watch watch(long id) {
    return QuarkusTransaction.requiringNew().call(() -> Watch.<Watch>findById(id));
  }

  private static String claimedBy(long id) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                (String)
                    Watch.getEntityManager()
                        .createNativeQuery("select claimed_by from watch where id = ?1")
                        .setParameter(1, id)
                        .getSingleResult());
  }

  private double count(String name) {
    return Optional.ofNullable(registry.find(name).counter())
        .map(counter -> counter.count())
        .orElse(0.0);
  }
}

package io.eparwatch.api;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.eparwatch.testing.Api.check;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.eparwatch.config.EparWatchConfig;
import io.eparwatch.export.ExportIngester;
import io.eparwatch.ops.Statements;
import io.eparwatch.source.EmaBudget;
import io.eparwatch.source.EmaClient;
import io.eparwatch.source.EmaPause;
import io.eparwatch.source.EmaUrls;
import io.eparwatch.source.FetchResult;
import io.eparwatch.source.PageFetcher;
import io.eparwatch.source.StoredEmaPauses;
import io.eparwatch.source.ThreadSleeper;
import io.eparwatch.source.Validators;
import io.eparwatch.testing.Api;
import io.eparwatch.testing.Database;
import io.eparwatch.testing.EmaStub;
import io.eparwatch.testing.EmaStub.InjectEmaStub;
import io.eparwatch.testing.Exports;
import io.eparwatch.testing.Pages;
import io.eparwatch.testing.StubPages;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * EMA's Retry-After, end to end: one pause for every request, cut to max-pause, stored so that it
 * outlives a restart, shown by readiness and the lists; checks and export runs inside it are
 * postponed, never failed.
 */
@QuarkusTest
@QuarkusTestResource(EmaStub.class)
class EmaPauseIT {

  private static final String OTHER = "/en/medicines/human/EPAR/suboxone";
  private static final long YEAR = 365L * 24 * 3600;

  @InjectEmaStub WireMockServer ema;
  @Inject EntityManager em;
  @Inject StoredEmaPauses pauses;
  @Inject EmaBudget budget;
  @Inject Statements statements;
  @Inject EparWatchConfig config;
  @Inject Clock clock;
  @Inject ExportIngester ingester;

  @BeforeEach
  void freshState() {
    Database.reset(em);
    ema.resetAll();
  }

  @ParameterizedTest(name = "HTTP {0}, Retry-After as {1}")
  @CsvSource({"429, seconds", "429, date", "503, seconds", "503, date"})
  void aRetryAfterPostponesEveryCheckWithoutAnError(int status, String form) {
    String slug = Api.watch(ema.baseUrl() + Pages.PATH);
    String other = Api.watch(ema.baseUrl() + OTHER);
    StubPages.serve(ema, OTHER, Pages.v1());
    Instant asked = Instant.now().plusSeconds(1200);
    StubPages.answer(
        ema,
        Pages.PATH,
        aResponse().withStatus(status).withHeader("Retry-After", retryAfter(form, 1200, asked)));

    check(slug)
        .body("outcome", equalTo("POSTPONED"))
        .body("message", containsString("HTTP " + status));
    given().post("/api/checks").then().statusCode(200).body("outcomes.POSTPONED", equalTo(2));

    ema.verify(0, getRequestedFor(urlPathEqualTo(OTHER)));
    ema.verify(1, getRequestedFor(urlPathEqualTo(Pages.PATH)));
    given()
        .get("/api/watches")
        .then()
        .body("errorCount", everyItem(equalTo(0)))
        .body("lastOutcome", everyItem(equalTo("POSTPONED")))
        .body("emaPause.until", everyItem(notNullValue()))
        .body("emaPause.reason", everyItem(containsString("HTTP " + status)));
    Instant next = Instant.parse(given().get("/api/watches/" + other).path("nextCheckAt"));
    Instant until = pauses.now().orElseThrow().until();
    assertEquals(until, next);
    assertTrue(Duration.between(asked, until).abs().getSeconds() <= 2, until + " vs " + asked);
  }

  @ParameterizedTest(name = "Retry-After as {0}")
  @CsvSource({"seconds", "date"})
  void aYearLongRetryAfterIsCutToMaxPause(String form) {
    String slug = Api.watch(ema.baseUrl() + Pages.PATH);
    Instant yearAhead = Instant.now().plusSeconds(YEAR);
    StubPages.answer(
        ema,
        Pages.PATH,
        aResponse().withStatus(429).withHeader("Retry-After", retryAfter(form, YEAR, yearAhead)));
    Instant before = Instant.now();

    check(slug).body("outcome", equalTo("POSTPONED"));

    Instant until = pauses.now().orElseThrow().until();
    Duration maxPause = config.fetch().maxPause();
    assertFalse(until.isAfter(Instant.now().plus(maxPause)), until.toString());
    assertTrue(until.isAfter(before.plus(maxPause).minusSeconds(5)), until.toString());
    given()
        .get("/q/health/ready")
        .then()
        .statusCode(503)
        .body("checks.find { it.name == 'ema-access' }.status", equalTo("DOWN"))
        .body(
            "checks.find { it.name == 'ema-access' }.data.status", equalTo("paused until " + until))
        .body("checks.find { it.name == 'ema-access' }.data.reason", containsString("cut to"));
  }

  @Test
  void thePauseSurvivesARestart() {
    StubPages.serve(ema, Pages.PATH, Pages.v1());
    Instant until = clock.instant().plus(Duration.ofMinutes(20)).truncatedTo(ChronoUnit.SECONDS);
    pauses.extend(new EmaPause(until, "rate limited by EMA (HTTP 429), asked to wait 1200s"));

    // A fresh client with no memory of its own, as after a restart or on another instance.
    StoredEmaPauses afterRestart = new StoredEmaPauses(clock, statements);
    EmaBudget budget =
        new EmaBudget(afterRestart, this.budget.turns(), this.budget.robots(), wait -> {});
    EmaClient client =
        new EmaClient(
            config, new EmaUrls(config.ema().baseUrl()), clock, new ThreadSleeper(), budget);
    FetchResult result =
        new PageFetcher(client)
            .fetch(URI.create(ema.baseUrl() + Pages.PATH), Validators.none(), Duration.ZERO);

    FetchResult.Postponed postponed = assertInstanceOf(FetchResult.Postponed.class, result);
    assertEquals(until, postponed.pause().until());
    ema.verify(0, getRequestedFor(urlPathEqualTo(Pages.PATH)));
  }

  @Test
  void aManualCheckWaitsOutAShortPauseWhileAScheduledOneIsPostponed() {
    String slug = Api.watch(ema.baseUrl() + Pages.PATH);
    StubPages.serve(ema, Pages.PATH, Pages.v1());
    Instant until = Instant.now().plusSeconds(2);
    pauses.extend(new EmaPause(until, "EMA temporarily unavailable (HTTP 503), asked to wait 2s"));

    given().post("/api/checks").then().body("outcomes.POSTPONED", equalTo(1));
    check(slug).body("outcome", equalTo("BASELINE"));

    List<LoggedRequest> requests = ema.findAll(getRequestedFor(urlPathEqualTo(Pages.PATH)));
    assertEquals(1, requests.size());
    Instant sent = requests.get(0).getLoggedDate().toInstant();
    assertFalse(sent.isBefore(until.minusMillis(50)), sent + " before " + until);
    given().get("/api/watches/" + slug).then().body("errorCount", equalTo(0));
  }

  @Test
  void exportIngestionInsideAPauseIsPostponedAndResumedAfterIt() {
    Exports.serve(ema, Exports.MEDICINES, Exports.medicines());
    Exports.serve(ema, Exports.DOCUMENTS, Exports.documents());
    pauses.extend(new EmaPause(Instant.now().plusSeconds(3600), "rate limited by EMA (HTTP 429)"));

    given()
        .post("/api/exports/check")
        .then()
        .statusCode(200)
        .body("medicines.outcome", equalTo("POSTPONED"))
        .body("documents.outcome", equalTo("POSTPONED"))
        .body("medicines.error", containsString("paused until"));
    given()
        .get("/api/exports")
        .then()
        .body("lastOutcome", everyItem(equalTo("POSTPONED")))
        .body("emaPause.reason", everyItem(containsString("HTTP 429")));
    ema.verify(0, getRequestedFor(urlPathEqualTo(Exports.MEDICINES)));
    assertTrue(ingester.resumePostponed().isEmpty(), "nothing resumes inside the pause");

    // The pause ends (the test cannot wait an hour).
    QuarkusTransaction.requiringNew()
        .run(() -> em.createNativeQuery("delete from ema_pause").executeUpdate());

    assertEquals("INGESTED", ingester.resumePostponed().orElseThrow().medicines().outcome().name());
    given().get("/api/exports").then().body("emaPause", everyItem(nullValue()));
  }

  private static String retryAfter(String form, long seconds, Instant at) {
    return form.equals("seconds")
        ? Long.toString(seconds)
        : DateTimeFormatter.RFC_1123_DATE_TIME.format(at.atZone(ZoneOffset.UTC));
  }
}

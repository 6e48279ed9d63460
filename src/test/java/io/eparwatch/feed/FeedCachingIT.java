package io.eparwatch.feed;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.eparwatch.change.ChangeEvent;
import io.eparwatch.change.ChangeType;
import io.eparwatch.testing.Database;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Validators: 304 while nothing changed, a new tag once an event is added or merged. */
@QuarkusTest
class FeedCachingIT {

  static final String ATOM = "/feeds/changes.atom";
  static final Instant DETECTED = Instant.parse("2026-11-14T09:30:15.123Z");

  @Inject EntityManager em;
  ChangeEvent first;

  @BeforeEach
  void oneEvent() {
    Database.reset(em);
    first =
        StoredEvents.store(StoredEvents.event("imlygic", ChangeType.DOCUMENT_UPDATED, DETECTED));
  }

  @Test
  void anUnchangedFeedIs304ForEitherValidator() {
    Response feed = given().get(ATOM);
    String etag = feed.header("ETag");
    assertEquals("Sat, 14 Nov 2026 09:30:15 GMT", feed.header("Last-Modified"));
    given()
        .header("If-None-Match", etag)
        .get(ATOM)
        .then()
        .statusCode(304)
        .body(emptyOrNullString());
    given()
        .header("If-Modified-Since", feed.header("Last-Modified"))
        .get(ATOM)
        .then()
        .statusCode(304)
        .header("ETag", equalTo(etag));
    given().header("If-None-Match", "\"other\"").get(ATOM).then().statusCode(200);
    given()
        .header("If-Modified-Since", http(DETECTED.minusSeconds(1)))
        .get(ATOM)
        .then()
        .statusCode(200);
    given().header("If-None-Match", etag).get("/feeds/changes.rss").then().statusCode(200);
  }

  @Test
  void anAddedEventChangesBothValidators() {
    Response before = given().get(ATOM);
    StoredEvents.store(
        StoredEvents.event("imlygic", ChangeType.DOCUMENT_ADDED, DETECTED.plusSeconds(60)));
    Response after =
        given()
            .header("If-None-Match", before.header("ETag"))
            .get(ATOM)
            .then()
            .statusCode(200)
            .extract()
            .response();
    assertNotEquals(before.header("ETag"), after.header("ETag"));
    given()
        .header("If-Modified-Since", before.header("Last-Modified"))
        .get(ATOM)
        .then()
        .statusCode(200);
  }

  @Test
  void anEventAddedWithAnOlderDetectionTimeStillChangesTheTag() {
    String etag = given().get(ATOM).header("ETag");
    StoredEvents.store(
        StoredEvents.event("kymriah", ChangeType.DOCUMENT_ADDED, DETECTED.minusSeconds(3600)));
    given().header("If-None-Match", etag).get(ATOM).then().statusCode(200);
  }

  @Test
  void aMergedSourceChangesTheTag() {
    // Only recent events are merged (ChangeLog.SAME_CHANGE_WINDOW): a page and an export report.
    ChangeEvent recent =
        StoredEvents.store(
            StoredEvents.event(
                "kymriah", ChangeType.DOCUMENT_UPDATED, Instant.now().minusSeconds(3600)));
    Response before = given().get(ATOM);
    StoredEvents.merge(recent.id, "export");
    Response after = given().header("If-None-Match", before.header("ETag")).get(ATOM);
    assertEquals(200, after.statusCode());
    assertNotEquals(before.header("ETag"), after.header("ETag"));
    assertEquals(
        true, after.asString().contains("Reported by: EPAR page, EMA data export"), "merged");
  }

  @Test
  void theSameFeedAskedTwiceIsTheSameBytesAndTag() {
    Response one = given().get(ATOM + "?type=document_updated&limit=100");
    Response two = given().get(ATOM + "?type=DOCUMENT_UPDATED");
    assertEquals(one.header("ETag"), two.header("ETag"));
    assertEquals(one.asString(), two.asString());
  }

  private static String http(Instant instant) {
    return DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.atOffset(ZoneOffset.UTC));
  }
}

package io.eparwatch.feed;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.eparwatch.change.ChangeEvent;
import io.eparwatch.change.ChangeType;
import io.eparwatch.testing.Catalogued;
import io.eparwatch.testing.PostgresProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The feed's queries and its state on PostgreSQL: newest first, a merge changes the tag. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class FeedPostgresIT {

  @Test
  void newestFirstAndAMergeChangesTheTag() throws Exception {
    Instant now = Instant.now();
    ChangeEvent older =
        StoredEvents.store(
            StoredEvents.event("pgmedicine", ChangeType.DOCUMENT_UPDATED, now.minusSeconds(60)));
    ChangeEvent newer =
        StoredEvents.store(StoredEvents.event("pgmedicine", ChangeType.DOCUMENT_ADDED, now));
    Catalogued.medicine("pgmedicine", older.productNumber);
    String path = "/feeds/changes.atom?product=pgmedicine&product=" + older.productNumber;
    Feed feed = Feed.get(path);
    assertEquals(List.of(FeedLinks.entryId(newer.id), FeedLinks.entryId(older.id)), feed.ids());
    assertEquals(List.of(), AtomSchema.errors(feed.xml()));

    String etag = given().urlEncodingEnabled(false).get(path).header("ETag");
    given()
        .urlEncodingEnabled(false)
        .header("If-None-Match", etag)
        .get(path)
        .then()
        .statusCode(304);
    StoredEvents.merge(older.id, "export");
    String merged =
        given()
            .urlEncodingEnabled(false)
            .header("If-None-Match", etag)
            .get(path)
            .then()
            .statusCode(200)
            .extract()
            .header("ETag");
    assertNotEquals(etag, merged);
  }
}

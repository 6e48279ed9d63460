package io.eparwatch.feed;

import static io.eparwatch.testing.Api.check;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.eparwatch.change.ChangeType;
import io.eparwatch.testing.Api;
import io.eparwatch.testing.Database;
import io.eparwatch.testing.EmaStub;
import io.eparwatch.testing.EmaStub.InjectEmaStub;
import io.eparwatch.testing.Pages;
import io.eparwatch.testing.StubPages;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * With the database asked rarely (once an hour here), a feed is served from memory: a row written
 * behind the application's back stays unseen, while events this instance publishes show at once.
 */
@QuarkusTest
@TestProfile(FeedRecheckIT.RarelyAsked.class)
@QuarkusTestResource(EmaStub.class)
class FeedRecheckIT {

  public static class RarelyAsked implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("eparwatch.feeds.recheck-every", "1h");
    }
  }

  @InjectEmaStub WireMockServer ema;
  @Inject EntityManager em;

  @Test
  void servedFromMemoryUntilThisInstancePublishes() {
    Database.reset(em);
    ema.resetAll();
    String slug = Api.watch(ema.baseUrl() + Pages.PATH);
    StubPages.serve(ema, Pages.PATH, Pages.v1());
    check(slug);
    String etag = given().get("/feeds/changes.atom").header("ETag");

    StoredEvents.store(StoredEvents.event("behind", ChangeType.DOCUMENT_ADDED, Instant.now()));
    given().header("If-None-Match", etag).get("/feeds/changes.atom").then().statusCode(304);

    StubPages.serve(ema, Pages.PATH, Pages.v2());
    check(slug);
    Feed feed = Feed.get("/feeds/changes.atom");
    assertEquals(8, feed.ids().size(), "7 published events and the one written behind its back");
  }
}

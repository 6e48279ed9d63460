package io.eparwatch.feed;

import static io.eparwatch.testing.Api.check;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndLink;
import io.eparwatch.change.ChangeEvent;
import io.eparwatch.change.ChangeType;
import io.eparwatch.testing.Api;
import io.eparwatch.testing.Database;
import io.eparwatch.testing.EmaStub;
import io.eparwatch.testing.EmaStub.InjectEmaStub;
import io.eparwatch.testing.Pages;
import io.eparwatch.testing.StubPages;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Feeds of the changes the pipeline detected, read back with Rome and checked against RFC 4287. */
@QuarkusTest
@QuarkusTestResource(EmaStub.class)
class FeedIT {

  static final String PUBLIC = "https://eparwatch.example.org";

  @InjectEmaStub WireMockServer ema;
  @Inject EntityManager em;

  @BeforeEach
  void freshState() {
    Database.reset(em);
    ema.resetAll();
  }

  @Test
  void aNewRevisionIsOneEntryPerEventInBothFormats() throws Exception {
    String slug = Api.watch(ema.baseUrl() + Pages.PATH);
    StubPages.serve(ema, Pages.PATH, Pages.v1());
    check(slug);
    StubPages.serve(ema, Pages.PATH, Pages.v2());
    check(slug);
    List<ChangeEvent> events = ChangeEvent.list("order by detectedAt desc, id desc");

    Feed atom = Feed.get("/feeds/changes.atom");
    assertEquals(List.of(), AtomSchema.errors(atom.xml()));
    assertEquals(
        events.stream().map(e -> "tag:eparwatch,2026:change/" + e.id).toList(), atom.ids());
    assertTrue(
        atom.titles().contains("Imlygic: Product Information updated (06/10/2025 → 20/11/2025)"),
        atom.titles().toString());
    assertTrue(atom.titles().contains("Imlygic: translation added (is): Summary for the public"));
    assertTrue(atom.titles().contains("Imlygic: revision changed (16 → 17)"));
    SyndEntry first = atom.entries().get(0);
    assertEquals(
        Date.from(events.get(0).detectedAt.truncatedTo(ChronoUnit.SECONDS)),
        first.getUpdatedDate());
    assertEquals(PUBLIC + "/changes/" + events.get(0).id, first.getLink());
    assertEquals(PUBLIC + "/feeds/changes.atom", self(atom));
    assertEquals(PUBLIC + "/", alternate(atom));

    Feed rss = Feed.get("/feeds/changes.rss");
    assertEquals(List.of(), RssShape.problems(rss.xml()));
    assertEquals(atom.ids(), rss.ids());
    assertEquals(atom.titles(), rss.titles());
    assertTrue(rss.text().contains("<guid isPermaLink=\"false\">tag:eparwatch,2026:change/"));
    assertEquals(
        Date.from(events.get(0).detectedAt.truncatedTo(ChronoUnit.SECONDS)),
        rss.entries().get(0).getPublishedDate());
  }

  @Test
  void contentHasBeforeAfterSourcesAndLinks() {
    ChangeEvent event =
        StoredEvents.store(
            StoredEvents.event("imlygic", ChangeType.DOCUMENT_UPDATED, Instant.now()));
    String html = Feed.get("/feeds/changes.atom").entries().get(0).getContents().get(0).getValue();
    assertTrue(html.contains("Before: 06/10/2025<br>After: 14/11/2026"), html);
    assertTrue(html.contains("Reported by: EPAR page"), html);
    assertTrue(html.contains("href=\"" + PUBLIC + "/changes/" + event.id + "\""), html);
    assertTrue(html.contains("href=\"" + event.documentUrl + "\""), html);
  }

  @Test
  void aHostileStoredEventIsEscapedAndStripped() throws Exception {
    ChangeEvent event = StoredEvents.event("imlygic", ChangeType.DOCUMENT_ADDED, Instant.now());
    event.documentTitle = "Imlygic : EPAR - <b>Bold</b> & \"co\" ]]> \u0001\u0008\uFFFE\uD800 end";
    event.productName = "Im<ly>gic\u001b";
    event.documentUrl = "javascript:alert(1)";
    event.field = "indication";
    event.diff = "adults with [-<script>-]{+]]>&amp;+} melanoma";
    StoredEvents.store(event);

    for (String path : List.of("/feeds/changes.atom", "/feeds/changes.rss")) {
      Feed feed = Feed.get(path);
      assertEquals(
          "Im<ly>gic: new document: <b>Bold</b> & \"co\" ]]>  end", feed.titles().get(0), path);
      String html =
          feed.entries().get(0).getDescription() != null
              ? feed.entries().get(0).getDescription().getValue()
              : feed.entries().get(0).getContents().get(0).getValue();
      assertTrue(html.contains("&lt;b&gt;Bold&lt;/b&gt; &amp; &quot;co&quot; ]]&gt;"), html);
      assertTrue(html.contains("<del>&lt;script&gt;</del><ins>]]&gt;&amp;amp;</ins>"), html);
      assertFalse(html.contains("javascript:"), html);
      assertFalse(feed.text().contains("\u0001") || feed.text().contains("\u001b"), path);
    }
    assertEquals(List.of(), AtomSchema.errors(Feed.get("/feeds/changes.atom").xml()));
    assertEquals(List.of(), RssShape.problems(Feed.get("/feeds/changes.rss").xml()));
  }

  @Test
  void anEmptyFeedIsValidWithAFixedUpdated() throws Exception {
    Feed atom = Feed.get("/feeds/changes.atom");
    assertEquals(List.of(), AtomSchema.errors(atom.xml()));
    assertEquals(
        Date.from(Instant.parse("2026-01-01T00:00:00Z")), atom.parsed().getPublishedDate());
    given()
        .get("/feeds/changes.rss")
        .then()
        .statusCode(200)
        .header("Content-Type", equalTo("application/rss+xml; charset=utf-8"));
    given()
        .get("/feeds/changes.atom")
        .then()
        .header("Content-Type", equalTo("application/atom+xml; charset=utf-8"));
  }

  private static String self(Feed feed) {
    return linkOf(feed, "self");
  }

  private static String alternate(Feed feed) {
    return linkOf(feed, "alternate");
  }

  private static String linkOf(Feed feed, String rel) {
    return feed.parsed().getLinks().stream()
        .filter(l -> rel.equals(l.getRel()))
        .map(SyndLink::getHref)
        .findFirst()
        .orElse(null);
  }
}

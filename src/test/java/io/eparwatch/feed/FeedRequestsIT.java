package io.eparwatch.feed;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.eparwatch.catalogue.Medicine;
import io.eparwatch.change.ChangeEvent;
import io.eparwatch.change.ChangeType;
import io.eparwatch.testing.Catalogued;
import io.eparwatch.testing.Database;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Filters, limits, a product's feed, and what a bad request gets. */
@QuarkusTest
class FeedRequestsIT {

  static final Instant T = Instant.parse("2026-11-14T09:00:00Z");

  @Inject EntityManager em;
  ChangeEvent imlygicUpdated;
  ChangeEvent imlygicExport;
  ChangeEvent suboxoneUpdated;
  ChangeEvent kymriahAdded;

  @BeforeEach
  void events() {
    Database.reset(em);
    imlygicUpdated = store("imlygic", ChangeType.DOCUMENT_UPDATED, 1, "L01XX51", "page");
    imlygicExport = store("imlygic", ChangeType.DOCUMENT_UPDATED, 2, "L01XX51", "export");
    suboxoneUpdated = store("suboxone", ChangeType.DOCUMENT_UPDATED, 3, "N07BC51", "page");
    kymriahAdded = store("kymriah", ChangeType.DOCUMENT_ADDED, 4, "L01XL04", "page");
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              ChangeEvent.update("holder = ?1 where id = ?2", "Indivior B.V.", suboxoneUpdated.id);
              ChangeEvent.update(
                  "holder = ?1 where id = ?2", "Novartis Europharm", kymriahAdded.id);
              Medicine imlygic = new Medicine();
              imlygic.productNumber = "EMEA/H/C/002771";
              imlygic.slug = "imlygic";
              imlygic.name = "Imlygic";
              imlygic.updatedAt = T;
              imlygic.persist();
            });
    Catalogued.medicine("suboxone", suboxoneUpdated.productNumber);
  }

  @Test
  void newestFirstWithALimit() {
    assertEquals(
        ids(kymriahAdded, suboxoneUpdated, imlygicExport, imlygicUpdated),
        Feed.get("/feeds/changes.atom").ids());
    assertEquals(ids(kymriahAdded, suboxoneUpdated), Feed.get("/feeds/changes.rss?limit=2").ids());
  }

  @Test
  void aHundredByDefaultAndAtMostFiveHundred() {
    Database.reset(em);
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              for (int i = 0; i < 501; i++) {
                StoredEvents.event("many", ChangeType.DOCUMENT_ADDED, T.plusSeconds(i)).persist();
              }
            });
    assertEquals(100, Feed.get("/feeds/changes.atom").ids().size());
    assertEquals(500, Feed.get("/feeds/changes.rss?limit=500").ids().size());
  }

  @Test
  void filtersCombine() {
    assertEquals(
        ids(imlygicExport, imlygicUpdated),
        Feed.get("/feeds/changes.atom?atc=l01&type=DOCUMENT_UPDATED").ids());
    assertEquals(
        ids(suboxoneUpdated, imlygicUpdated),
        Feed.get(
                "/feeds/changes.atom?product=suboxone&product="
                    + imlygicUpdated.productNumber
                    + "&source=page")
            .ids());
    assertEquals(
        ids(suboxoneUpdated, imlygicExport, imlygicUpdated),
        Feed.get("/feeds/changes.rss?type=DOCUMENT_ADDED&type=document_updated&holder=b.v.").ids());
    assertEquals(ids(kymriahAdded), Feed.get("/feeds/changes.atom?holder=NOVARTIS").ids());
  }

  @Test
  void aProductFeedBySlugOrProductNumber() {
    List<String> expected = ids(imlygicExport, imlygicUpdated);
    assertEquals(expected, Feed.get("/feeds/products/imlygic.atom").ids());
    assertEquals(expected, Feed.get("/feeds/products/EMEA%2FH%2FC%2F002771.atom").ids());
    assertEquals(expected, Feed.get("/feeds/products/EMEA/H/C/002771.atom").ids());
    assertEquals(ids(imlygicUpdated), Feed.get("/feeds/products/imlygic.atom?source=page").ids());
    given().get("/feeds/products/imlygic.atom?product=kymriah").then().statusCode(400);
    // Unknown to the catalogue and unwatched: stored events alone do not make a product known.
    given()
        .get("/feeds/products/nosuchmedicine.atom")
        .then()
        .statusCode(404)
        .body("error", containsString("nosuchmedicine"));
  }

  @Test
  void badRequestsAre400WithASentence() {
    for (String query :
        List.of(
            "limit=0",
            "limit=501",
            "limit=ten",
            "type=NOT_A_TYPE",
            "source=mail",
            "atc=1234",
            "colour=blue",
            "atc=L01&atc=N07",
            "product=imlygc")) {
      given()
          .get("/feeds/changes.atom?" + query)
          .then()
          .statusCode(400)
          .body("error", notNullValue());
    }
    given()
        .get("/feeds/changes.atom?product=suboxone&product=nosuchmedicine")
        .then()
        .statusCode(400)
        .body("error", containsString("Unknown product \"nosuchmedicine\""));
    given()
        .get("/feeds/changes.rss?since=2026-01-01")
        .then()
        .statusCode(400)
        .body("error", containsString("since"));
  }

  private static ChangeEvent store(
      String slug, ChangeType type, int minutes, String atc, String sources) {
    ChangeEvent event = StoredEvents.event(slug, type, T.plusSeconds(60L * minutes));
    event.atcCode = atc;
    event.sources = sources;
    if (slug.equals("imlygic")) {
      event.productNumber = "EMEA/H/C/002771";
    }
    return StoredEvents.store(event);
  }

  private static List<String> ids(ChangeEvent... events) {
    return Arrays.stream(events).map(e -> FeedLinks.entryId(e.id)).toList();
  }
}

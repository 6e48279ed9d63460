package io.eparwatch.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eparwatch.change.ChangeEvent;
import io.eparwatch.change.ChangeType;
import io.eparwatch.testing.Database;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The recent-changes page over many changes: newest first, one heading a day, each filter of the
 * URL, the date range and the pages.
 */
@QuarkusTest
class RecentChangesFiltersIT {

  /** Noon in Amsterdam on 01/03/2025; the events go back one a day from here. */
  static final Instant NEWEST = Instant.parse("2025-03-01T11:00:00Z");

  static final Pattern DAY = Pattern.compile("<h2 id=\"day-([0-9-]+)\">");
  static final Pattern ROW = Pattern.compile("<li class=\"change\" data-id=\"(\\d+)\">");

  @Inject EntityManager em;

  @BeforeEach
  void manyChanges() {
    Database.reset(em);
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              // 60 export changes of "alpha", one a day, the oldest first in id order
              for (int i = 59; i >= 0; i--) {
                event("alpha", "export", NEWEST.minus(Duration.ofDays(i))).persist();
              }
              // two page changes of "beta" on 10/02/2025, reported by both sources for one
              event("beta", "page", Instant.parse("2025-02-10T09:00:00Z")).persist();
              event("beta", "page,export", Instant.parse("2025-02-10T15:00:00Z")).persist();
            });
  }

  private static ChangeEvent event(String product, String sources, Instant at) {
    ChangeEvent event = new ChangeEvent();
    event.product = product;
    event.productName = product.toUpperCase();
    event.type = ChangeType.FIELD_CHANGED;
    event.field = "status";
    event.before = "before " + at;
    event.after = "after " + at;
    event.detectedAt = at;
    event.sources = sources;
    return event;
  }

  @Test
  void newestFirstOneHeadingADayFiftyAPage() {
    String first = page("/");
    List<String> days = all(DAY, first);
    assertEquals("2025-03-01", days.get(0));
    assertEquals(days.stream().sorted((a, b) -> b.compareTo(a)).distinct().toList(), days);
    List<Long> ids = all(ROW, first).stream().map(Long::valueOf).toList();
    assertEquals(RecentChangesPage.PAGE_SIZE, ids.size());
    // within 10/02/2025 the later beta change comes first
    String tenth = first.substring(first.indexOf("id=\"day-2025-02-10\""));
    assertTrue(tenth.indexOf("after 2025-02-10T15:00:00Z") < tenth.indexOf("after 2025-02-10T09"));
    given()
        .get("/")
        .then()
        .body(
            allOf(
                containsString("62 changes"),
                containsString("Page 1 of 2"),
                containsString("rel=\"next\" href=\"/?page=2\""),
                not(containsString("rel=\"prev\""))));
    String second = page("/?page=2");
    assertEquals(12, all(ROW, second).size());
    given()
        .get("/?page=2")
        .then()
        .body(
            allOf(containsString("Page 2 of 2"), containsString("rel=\"prev\" href=\"/?page=1\"")));
  }

  @Test
  void productSourceAndDateRangeFilterAndStayInThePagerLinks() {
    given()
        .get("/?product=beta")
        .then()
        .statusCode(200)
        .body(allOf(containsString("2 changes"), not(containsString("ALPHA"))));
    given()
        .get("/?source=page")
        .then()
        .body(
            allOf(
                containsString("2 changes"),
                containsString("from page and export"),
                not(containsString("ALPHA"))));
    given()
        .get("/?source=export&product=alpha")
        .then()
        .body(
            allOf(
                containsString("60 changes"),
                containsString("rel=\"next\" href=\"/?product=alpha&amp;source=export&page=2\"")));
    String range = page("/?from=2025-02-27&to=2025-02-28");
    assertEquals(List.of("2025-02-28", "2025-02-27"), all(DAY, range));
    assertEquals(2, all(ROW, range).size());
    given()
        .get("/?from=2025-02-27&to=2025-02-28")
        .then()
        .body(
            allOf(containsString("value=\"2025-02-27\""), containsString("value=\"2025-02-28\"")));
  }

  private static String page(String path) {
    return given().get(path).then().statusCode(200).extract().asString();
  }

  private static List<String> all(Pattern pattern, String html) {
    List<String> found = new ArrayList<>();
    Matcher m = pattern.matcher(html);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }
}

package io.eparwatch.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.eparwatch.change.ChangeEvent;
import io.eparwatch.change.ChangeType;
import io.eparwatch.testing.Api;
import io.eparwatch.testing.Database;
import io.eparwatch.testing.EmaStub;
import io.eparwatch.testing.EmaStub.InjectEmaStub;
import io.eparwatch.testing.Fixtures;
import io.eparwatch.testing.Pages;
import io.eparwatch.testing.StubPages;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every page over HTTP: status, escaping, filters, 404s and 400s in words, CSRF, login. */
@QuarkusTest
@QuarkusTestResource(EmaStub.class)
class DashboardPagesIT {

  static final String HOSTILE = "<img src=x onerror=alert(1)>";

  @InjectEmaStub WireMockServer ema;
  @Inject EntityManager em;
  String slug;

  @BeforeEach
  void twoVersionsOfImlygic() {
    Database.reset(em);
    ema.resetAll();
    slug = Api.watch(ema.baseUrl() + Pages.PATH);
    StubPages.serve(ema, Pages.PATH, Pages.v1());
    Api.check(slug);
    StubPages.serve(ema, Pages.PATH, hostile(Pages.v2()));
    Api.check(slug);
  }

  /**
   * v2 with a document titled as markup (escaped in the page, text once parsed), and the Bulgarian
   * product information left at its old date (a translation lagging behind the English).
   */
  static String hostile(String page) {
    int bulgarian = page.indexOf("(768.73 KB - PDF)");
    String lagging =
        page.substring(0, bulgarian)
            + page.substring(bulgarian)
                .replaceFirst(
                    "2025-11-20T12:00:00Z\">20/11/2025", "2025-10-06T12:00:00Z\">06/10/2025");
    return Fixtures.edit(
        lagging,
        "Imlygic : EPAR - Procedural steps taken and scientific information after authorisation",
        "&lt;img src=x onerror=alert(1)&gt;");
  }

  @Test
  void recentChangesAreGroupedByDayWithFeedAndFilters() {
    given()
        .get("/")
        .then()
        .statusCode(200)
        .contentType(startsWith("text/html"))
        .body(
            allOf(
                containsString("<h1>Recent changes</h1>"),
                containsString("<main id=\"main\">"),
                containsString("type=\"application/atom+xml\""),
                containsString("href=\"/feeds/changes.atom\""),
                containsString("translation added (is)"),
                containsString("<time datetime=\"")));
    given()
        .get("/?type=TRANSLATION_ADDED&holder=amgen")
        .then()
        .statusCode(200)
        .body(
            allOf(
                containsString("translation added (is)"),
                not(containsString("new document")),
                containsString("/feeds/changes.atom?type=TRANSLATION_ADDED&amp;holder=amgen")));
  }

  @Test
  void badFiltersAreRefusedInWords() {
    given().get("/?type=NOPE").then().statusCode(400).body(containsString("Unknown change type"));
    given()
        .queryParam("atc", "<b>")
        .get("/")
        .then()
        .statusCode(400)
        .body(containsString("&lt;B&gt;"));
    given().get("/?from=06/10/2025").then().statusCode(400).body(containsString("year-month-day"));
    given().get("/?page=0").then().statusCode(400).body(containsString("whole number"));
  }

  @Test
  void sinceLastVisitCountsNewerChanges() {
    given()
        .cookie(RecentChangesPage.LAST_VISIT, "2000-01-01T00:00:00Z")
        .get("/")
        .then()
        .statusCode(200)
        .body(containsString("since your last visit"));
  }

  @Test
  void aChangeShowsBothSidesAndItsVersions() {
    ChangeEvent revision =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    ChangeEvent.<ChangeEvent>find(
                            "type = ?1 and field = 'revision'", ChangeType.FIELD_CHANGED)
                        .firstResult());
    given()
        .get("/changes/" + revision.id)
        .then()
        .statusCode(200)
        .body(
            allOf(
                containsString("<h2 id=\"before-h\">Before</h2>"),
                containsString("<del>16</del>"),
                containsString("<ins>17</ins>"),
                containsString("href=\"/versions/" + revision.versionId + "\""),
                containsString("href=\"/versions/" + revision.previousVersionId + "\"")));
    given()
        .get("/versions/" + revision.versionId)
        .then()
        .statusCode(200)
        .body(containsString("/api/versions/" + revision.versionId + "/raw"));
    ChangeEvent document =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    ChangeEvent.<ChangeEvent>find("documentUrl is not null order by id")
                        .firstResult());
    given()
        .get("/changes/" + document.id)
        .then()
        .statusCode(200)
        .body(
            containsString(
                "<a href=\""
                    + document.documentUrl
                    + "\" rel=\"noopener noreferrer\">The document at EMA</a>"));
    given()
        .get("/changes/999999")
        .then()
        .statusCode(404)
        .body(containsString("no change number 999999"));
    given()
        .get("/changes/abc")
        .then()
        .statusCode(404)
        .body(containsString("ids are whole numbers"));
    given()
        .get("/versions/999999")
        .then()
        .statusCode(404)
        .body(containsString("no stored version"));
  }

  @Test
  void theMedicinePageShowsDocumentsLagAndTimelineWithHostileTitlesAsText() {
    given()
        .get("/products/" + slug)
        .then()
        .statusCode(200)
        .body(
            allOf(
                containsString("href=\"/feeds/products/" + slug + ".atom\""),
                containsString("Translation lag"),
                containsString("Older than the English version"),
                containsString("bg (<time datetime=\"2025-10-06\">06/10/2025</time>)"),
                containsString("<td class=\"langs\">bg cs da de el en es"),
                containsString("Missing: <span class=\"missing\">no</span>"),
                containsString("&lt;img src=x onerror=alert(1)&gt;"),
                not(containsString(HOSTILE)),
                containsString("Timeline")));
    given()
        .get("/products/no-such-medicine")
        .then()
        .statusCode(404)
        .body(containsString("No medicine has the slug or product number"));
  }

  @Test
  void hostileTitlesAreTextOnEveryPage() {
    for (String page : new String[] {"/", "/products/" + slug, "/watches"}) {
      given().get(page).then().statusCode(200).body(not(containsString(HOSTILE)));
    }
  }

  @Test
  void catalogueWatchesAndExportsRender() {
    given()
        .get("/catalogue?q=imlygic")
        .then()
        .statusCode(200)
        .body(containsString("<h1>Catalogue</h1>"));
    given()
        .get("/watches")
        .then()
        .statusCode(200)
        .body(
            allOf(
                containsString("id=\"watch-" + slug + "\""),
                containsString("name=\"csrf-token\"")));
    given().get("/exports").then().statusCode(200).body(containsString("EMA data exports"));
  }

  @Test
  void actionsNeedTheCsrfTokenAndALogin() {
    given()
        .redirects()
        .follow(false)
        .formParam("url", ema.baseUrl() + "/en/medicines/human/EPAR/other")
        .post("/watches")
        .then()
        .statusCode(400);
    PageForms.withToken("/watches")
        .auth()
        .none()
        .accept("text/html")
        .post("/watches/" + slug + "/check")
        .then()
        .statusCode(303)
        .header("Location", containsString("/login"));
    PageForms.withToken("/watches")
        .post("/watches/" + slug + "/check")
        .then()
        .statusCode(303)
        .header("Location", containsString("/watches?notice=checked-UNCHANGED&slug=" + slug));
    given()
        .get("/watches?notice=checked-UNCHANGED&slug=" + slug)
        .then()
        .body(containsString("Checked " + slug + ": unchanged."));
    PageForms.withToken("/watches").post("/watches/nope/remove").then().statusCode(404);
    PageForms.withToken("/watches")
        .formParam("url", "not a url")
        .post("/watches")
        .then()
        .statusCode(400)
        .body(containsString("Not added"));
    PageForms.withToken("/watches").post("/watches/" + slug + "/remove").then().statusCode(303);
    given().get("/watches").then().body(not(containsString("id=\"watch-" + slug + "\"")));
  }

  @Test
  void aWatchWhosePageFailsShowsTheProblem() {
    String gone = Api.watch(ema.baseUrl() + "/en/medicines/human/EPAR/gone");
    Api.check(gone).body("outcome", equalTo("FAILED"));
    given()
        .get("/watches")
        .then()
        .body(
            allOf(
                containsString("id=\"watch-" + gone + "\""),
                containsString("<td class=\"outcome\">failed</td>"),
                containsString("<span class=\"problem\">")));
  }

  @Test
  void checkAllRunsInTheBackground() {
    PageForms.withToken("/watches")
        .post("/watches/check-all")
        .then()
        .statusCode(303)
        .header("Location", containsString("notice=check-all"));
    org.awaitility.Awaitility.await()
        .untilAsserted(
            () -> given().get("/watches").then().body(containsString("Last run: 1 of 1 checked")));
  }

  @Test
  void subscribingFromTheFormUsesTheSubscriptionRules() {
    given().get("/subscriptions").then().statusCode(200).body(containsString("for=\"s-email\""));
    PageForms.withToken("/subscriptions")
        .auth()
        .none()
        .formParam("email", "ra@example.org")
        .formParam("mode", "daily")
        .formParam("type", "DOCUMENT_UPDATED")
        .post("/subscriptions")
        .then()
        .statusCode(303)
        .header("Location", containsString("/subscriptions?sent"));
    PageForms.withToken("/subscriptions")
        .formParam("email", "not an address")
        .formParam("mode", "daily")
        .post("/subscriptions")
        .then()
        .statusCode(400)
        .body(containsString("class=\"problem\""));
    given()
        .redirects()
        .follow(false)
        .formParam("email", "ra@example.org")
        .formParam("mode", "daily")
        .post("/subscriptions")
        .then()
        .statusCode(400);
    given().get("/subscriptions").then().body(containsString("ra@example.org"));
  }

  @Test
  void theFeedLinksOfThePagesAnswer() {
    given().get("/feeds/changes.atom?type=TRANSLATION_ADDED").then().statusCode(200);
    given().get("/feeds/products/" + slug + ".atom").then().statusCode(200);
  }

  @Test
  void theApiKeepsItsJsonErrors() {
    given()
        .auth()
        .none()
        .contentType("application/json")
        .body("{\"url\":\"x\"}")
        .post("/api/watches")
        .then()
        .statusCode(401)
        .body("error", equalTo("login required"));
  }
}

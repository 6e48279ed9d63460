package io.eparwatch.api;

import static io.eparwatch.testing.Api.changes;
import static io.eparwatch.testing.Api.check;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.eparwatch.testing.Api;
import io.eparwatch.testing.Database;
import io.eparwatch.testing.EmaStub;
import io.eparwatch.testing.EmaStub.InjectEmaStub;
import io.eparwatch.testing.Fixtures;
import io.eparwatch.testing.Pages;
import io.eparwatch.testing.StubPages;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A document entry whose English link breaks for one check, then comes back: no event on any other
 * document (before, a neighbour took over the entry's title and translations and flip-flopped).
 */
@QuarkusTest
@QuarkusTestResource(EmaStub.class)
class UnreadableEntryIT {

  private static final String OVERVIEW =
      "/en/documents/overview/imlygic-epar-summary-public_en.pdf";
  private static final String RMP = "/en/documents/rmp/imlygic-epar-risk-management-plan_en.pdf";

  @InjectEmaStub WireMockServer ema;
  @Inject EntityManager em;
  String slug;

  @BeforeEach
  void freshState() {
    Database.reset(em);
    ema.resetAll();
    slug = Api.watch(ema.baseUrl() + Pages.PATH);
  }

  @ParameterizedTest(name = "{0} -> {1}, entry wrappers hinted: {2}")
  @CsvSource({
    // with translations, in a section's list container
    OVERVIEW + ", javascript:void(0), true",
    OVERVIEW + ", javascript:void(0), false",
    OVERVIEW + ", https://files.example.org" + OVERVIEW + ", false",
    // without translations, the last entry of its container
    RMP + ", '', false",
    Pages.SCIENTIFIC_CONCLUSION + ", /en/documents/scientific-conclusion/, false",
    Pages.PI + ", javascript:void(0), true",
  })
  void intactBrokenIntactMakesNoEvent(String href, String brokenHref, boolean hinted) {
    // Unhinted, the only "file" class left is the section's list container ("ema-files"): the
    // layout in which a neighbour used to take over the broken entry.
    String intact = hinted ? Pages.v1() : Pages.v1().replace("bcl-file ema-file-wrapper", "entry");
    String broken = Fixtures.edit(intact, "href=\"" + href + "\"", "href=\"" + brokenHref + "\"");

    StubPages.serve(ema, Pages.PATH, intact);
    check(slug).body("outcome", equalTo("BASELINE"));
    StubPages.serve(ema, Pages.PATH, broken);
    check(slug).body("outcome", equalTo("CHANGED")).body("changes", empty());
    StubPages.serve(ema, Pages.PATH, intact);
    check(slug).body("changes", empty());

    changes("").statusCode(200).body("", empty());
  }

  @Test
  void unreadableEntriesThatAreARealShareMakeThePageSuspect() {
    String broken = Pages.v1();
    for (String href : new String[] {OVERVIEW, RMP, Pages.PI}) {
      broken = Fixtures.edit(broken, "href=\"" + href + "\"", "href=\"javascript:void(0)\"");
    }
    StubPages.serve(ema, Pages.PATH, Pages.v1());
    check(slug);
    StubPages.serve(ema, Pages.PATH, broken);

    check(slug)
        .body("outcome", equalTo("SUSPECT"))
        .body("changes", empty())
        .body("message", containsString("3 of 10 document entries could not be read"));
    StubPages.serve(ema, Pages.PATH, Pages.v1());
    check(slug).body("changes", empty());
    changes("").body("", empty());
  }

  @Test
  void aSkippedEntryIsReportedOnTheWatchAndOnItsVersion() {
    String broken =
        Fixtures.edit(Pages.v1(), "href=\"" + RMP + "\"", "href=\"javascript:void(0)\"");
    StubPages.serve(ema, Pages.PATH, Pages.v1());
    check(slug);
    given().get("/api/watches/" + slug).then().body("problem", nullValue());

    StubPages.serve(ema, Pages.PATH, broken);
    long version = check(slug).extract().jsonPath().getLong("snapshotId");
    String skipped = "Document entry skipped: its English link is missing";
    given().get("/api/watches/" + slug).then().body("problem", containsString(skipped));
    given().get("/api/versions/" + version).then().body("problems", containsString(skipped));
    given()
        .get("/api/snapshots/" + version)
        .then()
        .body("snapshot.problems", containsString(skipped));

    StubPages.serve(ema, Pages.PATH, Pages.v1());
    check(slug);
    given().get("/api/watches/" + slug).then().body("problem", nullValue());
  }
}

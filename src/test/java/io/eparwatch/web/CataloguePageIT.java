package io.eparwatch.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.eparwatch.testing.Database;
import io.eparwatch.testing.EmaStub;
import io.eparwatch.testing.EmaStub.InjectEmaStub;
import io.eparwatch.testing.Exports;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code /catalogue} over EMA's sample export: each search field, watching from a result. */
@QuarkusTest
@QuarkusTestResource(EmaStub.class)
class CataloguePageIT {

  static final String KYMRIAH = ">Kymriah</a>";

  @InjectEmaStub WireMockServer ema;
  @Inject EntityManager em;

  @BeforeEach
  void sampleCatalogue() {
    Database.reset(em);
    ema.resetAll();
    Exports.serveSamples(ema);
    given().post("/api/exports/check").then().body("medicinesInCatalogue", equalTo(21));
  }

  @Test
  void searchesByNameInnNumberAtcHolderAndStatus() {
    expect("/catalogue?q=kymr", "1 medicine", KYMRIAH);
    expect("/catalogue?q=tisagenlecleucel", "1 medicine", KYMRIAH);
    expect("/catalogue?q=EMEA/H/C/004090", "1 medicine", KYMRIAH);
    expect("/catalogue?atc=L01XL", "2 medicines", KYMRIAH, ">Tacquell</a>");
    expect("/catalogue?holder=novartis", "1 medicine", KYMRIAH);
    expect("/catalogue?status=Withdrawn", "1 medicine", ">Suboxone</a>");
    given().get("/catalogue?atc=L01XL").then().body(not(containsString(">Tyruko</a>")));
    expect("/catalogue", "21 medicines", KYMRIAH, ">Tyruko</a>");
  }

  @Test
  void aResultIsWatchedFromItsRowByAnEditorOnly() {
    given().get("/catalogue?q=kymriah").then().body(containsString("aria-label=\"Watch Kymriah\""));
    PageForms.withToken("/catalogue?q=kymriah")
        .auth()
        .none()
        .accept("text/html")
        .formParam("productNumber", "EMEA/H/C/004090")
        .post("/watches")
        .then()
        .statusCode(303)
        .header("Location", containsString("/login"));
    given().get("/watches").then().body(not(containsString("id=\"watch-kymriah\"")));

    PageForms.withToken("/catalogue?q=kymriah")
        .formParam("productNumber", "EMEA/H/C/004090")
        .post("/watches")
        .then()
        .statusCode(303)
        .header("Location", containsString("/watches?notice=added&slug=kymriah"));
    given().get("/watches").then().body(containsString("id=\"watch-kymriah\""));
    given()
        .get("/catalogue?q=kymriah")
        .then()
        .body(
            allOf(
                containsString(">watched<"), not(containsString("aria-label=\"Watch Kymriah\""))));
  }

  @Test
  void theExportsPageListsTheLastRuns() {
    given()
        .get("/exports")
        .then()
        .statusCode(200)
        .body(
            allOf(
                containsString("<h2>Last runs</h2>"),
                not(containsString("No run yet.")),
                containsString("<td>21</td>")));
  }

  private static void expect(String path, String count, String... rows) {
    String page = given().get(path).then().statusCode(200).extract().asString();
    assertThat(page, containsString("<p>" + count + "</p>"));
    for (String row : rows) {
      assertThat(page, containsString(row));
    }
  }
}

package io.eparwatch.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.eparwatch.testing.Catalogued;
import io.eparwatch.testing.Database;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A webhook whose filter names a product nobody knows is refused like a feed; known ones pass. */
@QuarkusTest
class WebhookProductsIT {

  @Inject EntityManager em;

  @BeforeEach
  void imlygicInTheCatalogue() {
    Database.reset(em);
    Catalogued.medicine("imlygic", "EMEA/H/C/002771");
  }

  @Test
  void aTypoIsRefusedWithTheFeedsSentenceAndNothingIsStored() {
    String sentence =
        post("[\"imlygic\", \"imlygik\"]")
            .statusCode(400)
            .contentType(ContentType.JSON)
            .body("error", containsString("Unknown product \"imlygik\""))
            .body("error", containsString("/catalogue, or GET /api/medicines?q="))
            .extract()
            .path("error");
    given().get("/api/webhooks").then().statusCode(200).body("", empty());
    given()
        .get("/feeds/changes.atom?product=imlygik")
        .then()
        .statusCode(400)
        .body("error", equalTo(sentence));
  }

  @Test
  void aSlugOrANumberIsAddedAsTypedButAnotherCaseNeverMatchesAndIsRefused() {
    post("[\"imlygic\"]").statusCode(201).body("filter.products", equalTo(List.of("imlygic")));
    post("[\"EMEA/H/C/002771\"]")
        .statusCode(201)
        .body("filter.products", equalTo(List.of("EMEA/H/C/002771")));
    post("[\"emea/h/c/002771\"]")
        .statusCode(400)
        .body("error", containsString("Unknown product \"emea/h/c/002771\""));
    given().get("/api/webhooks").then().body("", hasSize(2));
  }

  private static ValidatableResponse post(String products) {
    return given().contentType(ContentType.JSON).body(body(products)).post("/api/webhooks").then();
  }

  private static String body(String products) {
    return "{\"url\": \"https://hooks.example.org/epar\", \"secret\": \"0123456789abcdef-secret\","
        + " \"filter\": {\"products\": "
        + products
        + "}}";
  }
}

package io.eparwatch.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The OpenAPI document names the statuses each endpoint really answers. */
@QuarkusTest
class OpenApiStatusesIT {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "/api/watches                  | post   | 201 400 401 409 413",
        "/api/watches                  | get    | 200",
        "/api/watches/{slug}           | get    | 200 404",
        "/api/watches/{slug}           | delete | 204 401 404",
        "/api/watches/{slug}/check     | post   | 200 401 404",
        "/api/watches/{slug}/snapshots | get    | 200 404",
        "/api/medicines                | get    | 200 400",
        "/api/changes                  | get    | 200 400",
        "/api/snapshots/{id}           | get    | 200 400 404",
        "/api/snapshots/{id}/raw       | get    | 200 400 404",
        "/api/checks                   | post   | 200 401",
        "/api/exports                  | get    | 200",
        "/api/exports/check            | post   | 200 401",
        "/api/products/{key}           | get    | 200 400 404",
        "/api/products/{key}/timeline  | get    | 200 400 404",
        "/api/changes/{id}             | get    | 200 400 404",
        "/api/versions/{id}            | get    | 200 400 404",
        "/api/versions/{id}/raw        | get    | 200 400 404",
        "/api/webhooks                 | post   | 201 400 401 413",
        "/api/webhooks                 | get    | 200 401",
        "/api/webhooks/{id}            | delete | 204 400 401 404",
        "/api/deliveries               | get    | 200 400 401",
        "/feeds/changes.{format}       | get    | 200 304 400",
        "/feeds/products/{key}.atom    | get    | 200 304 400 404",
        "/api/subscriptions            | post   | 200 201 400 413 429",
        "/api/subscriptions            | get    | 200 400 401",
        "/api/subscriptions/{id}       | delete | 204 400 401 404",
        "/api/alerts/digests/run       | post   | 200 400 401",
        "/subscriptions/confirm        | get    | 200 400",
        "/subscriptions/unsubscribe    | get    | 200 400",
        "/subscriptions/unsubscribe    | post   | 200 400",
        "/api/users                    | get    | 200 401",
        "/api/users                    | post   | 201 400 401 409",
        "/api/users/{username}         | delete | 204 401 404 409",
      })
  void everyEndpointDocumentsItsStatuses(String path, String method, String statuses) {
    Map<String, Object> responses =
        given()
            .queryParam("format", "json")
            .get("/q/openapi")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getMap("paths.'" + path + "'." + method + ".responses");
    assertTrue(responses != null, path + " " + method + " is not documented");
    Set<String> documented = new TreeSet<>(responses.keySet());
    documented.remove("403"); // added by Quarkus for secured endpoints
    assertEquals(new TreeSet<>(Set.of(statuses.split(" "))), documented, path + " " + method);
  }
}

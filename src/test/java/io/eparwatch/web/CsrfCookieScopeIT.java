package io.eparwatch.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Pages hand out the CSRF token cookie their forms need; feeds and the API set no cookie. */
@QuarkusTest
class CsrfCookieScopeIT {

  @ParameterizedTest
  @ValueSource(strings = {"/feeds/changes.atom", "/feeds/changes.rss", "/api/changes"})
  void feedsAndTheApiSetNoCookie(String path) {
    given().auth().none().get(path).then().statusCode(200).header("Set-Cookie", nullValue());
  }

  @Test
  void aPageHandsOutTheToken() {
    given()
        .auth()
        .none()
        .get("/")
        .then()
        .statusCode(200)
        .header("Set-Cookie", containsString("csrf-token="));
  }
}

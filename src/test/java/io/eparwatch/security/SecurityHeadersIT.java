package io.eparwatch.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every response carries the security headers: pages, API, feeds, errors, health, static files. */
@QuarkusTest
class SecurityHeadersIT {

  @ParameterizedTest
  @CsvSource({
    "/login, 200",
    "/, 200",
    "/watches, 200",
    "/catalogue, 200",
    "/products/nothing-here, 404",
    "/api/watches, 200",
    "/api/changes/not-a-number, 400",
    "/api/nothing-here, 404",
    "/feeds/changes.atom, 200",
    "/q/health/live, 200",
    "/eparwatch.css, 200",
  })
  void everyResponseHasThem(String path, int status) {
    // anonymous: reading (pages, feeds, read API) is public by default
    expectHeaders(given().auth().none().get(path).then().statusCode(status));
  }

  @ParameterizedTest
  @CsvSource({"/api/checks", "/users"})
  void refusalsHaveThemToo(String path) {
    expectHeaders(given().auth().none().redirects().follow(false).post(path).then());
  }

  static void expectHeaders(ValidatableResponse response) {
    response
        .header("Content-Security-Policy", equalTo(SecurityHeaders.CSP))
        .header("Content-Security-Policy", not(containsString("unsafe-inline")))
        .header("X-Content-Type-Options", "nosniff")
        .header("X-Frame-Options", "DENY")
        .header("Referrer-Policy", "same-origin");
  }
}

package io.eparwatch.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** The REST calls the end-to-end tests make, named after what they do. */
public final class Api {

  private Api() {}

  public static ValidatableResponse addWatch(String url) {
    return given()
        .contentType(ContentType.JSON)
        .body("{\"url\": \"" + url + "\"}")
        .post("/api/watches")
        .then();
  }

  /** Adds a watch that must be accepted and returns its slug. */
  public static String watch(String url) {
    return addWatch(url).statusCode(201).extract().path("slug");
  }

  public static ValidatableResponse check(String slug) {
    return given().post("/api/watches/" + slug + "/check").then().statusCode(200);
  }

  public static ValidatableResponse changes(String query) {
    return given().get("/api/changes" + (query.isEmpty() ? "" : "?" + query)).then();
  }
}

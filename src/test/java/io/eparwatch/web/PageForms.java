package io.eparwatch.web;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Posting the dashboard's forms as a browser does: the CSRF cookie and the form's token. */
final class PageForms {

  private static final Pattern TOKEN = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

  private PageForms() {}

  /** A request carrying the CSRF cookie and token of a freshly loaded {@code page}. */
  static RequestSpecification withToken(String page) {
    Response loaded = given().get(page);
    Matcher token = TOKEN.matcher(loaded.asString());
    if (!token.find()) {
      throw new AssertionError("no CSRF token in the forms of " + page);
    }
    return given()
        .redirects()
        .follow(false)
        .cookie("csrf-token", loaded.getCookie("csrf-token"))
        .formParam("csrf-token", token.group(1));
  }
}

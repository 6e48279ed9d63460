package io.eparwatch.testing;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a browser keeps between requests to the pages: its cookies (session, CSRF). No HTTP Basic:
 * it logs in through the form.
 */
public final class Browser {

  /** What Chromium sends for a page. */
  public static final String ACCEPT =
      "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

  private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

  private final Map<String, String> cookies = new HashMap<>();

  /**
   * Opens the login page and posts its form with its CSRF token; the answer is Quarkus's redirect
   * (to / or to the error page).
   */
  public Response logIn(String username, String password) {
    return post(
        "/login", "/j_security_check", Map.of("j_username", username, "j_password", password));
  }

  public Response get(String path) {
    Response response =
        given().auth().none().redirects().follow(false).accept(ACCEPT).cookies(cookies).get(path);
    cookies.putAll(response.getCookies());
    return response;
  }

  /** Posts a form with the CSRF token of the page {@code from}, as a browser would. */
  public Response post(String from, String path, Map<String, String> form) {
    Matcher token = CSRF.matcher(get(from).asString());
    if (!token.find()) {
      throw new AssertionError(from + " has no form with a CSRF token");
    }
    Map<String, String> withToken = new HashMap<>(form);
    withToken.put("csrf-token", token.group(1));
    return postWithout(path, withToken);
  }

  /** Posts a form as given: without a token unless the form has one. */
  public Response postWithout(String path, Map<String, String> form) {
    Response response = page().formParams(form).post(path);
    cookies.putAll(response.getCookies());
    return response;
  }

  private RequestSpecification page() {
    return given().auth().none().redirects().follow(false).accept(ACCEPT).cookies(cookies);
  }

  public Map<String, String> cookies() {
    return cookies;
  }
}

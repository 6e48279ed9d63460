package io.eparwatch.testing;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;

/**
 * End-to-end tests act as the admin (the {@code %test} password); the security test opts out with
 * {@code auth().none()} to see what anyone else gets.
 */
public class AdminLogin implements QuarkusTestBeforeEachCallback {

  public static final String USER = "admin";
  public static final String PASSWORD = "test-admin";

  /**
   * REST Assured labels a POST without a body as a form post, which the CSRF check refuses (a form
   * post needs a token); curl and other API clients do not, so the empty body is labelled JSON
   * here.
   */
  private static final Filter NO_EMPTY_FORM =
      (request, response, context) -> {
        String type = request.getContentType();
        if ((type == null || type.startsWith("application/x-www-form-urlencoded"))
            && request.getBody() == null
            && request.getFormParams().isEmpty()
            && request.getMultiPartParams().isEmpty()) {
          request.contentType("application/json");
        }
        return context.next(request, response);
      };

  @Override
  public void beforeEach(QuarkusTestMethodContext context) {
    RestAssured.authentication = RestAssured.preemptive().basic(USER, PASSWORD);
    if (!RestAssured.filters().contains(NO_EMPTY_FORM)) {
      RestAssured.filters(NO_EMPTY_FORM);
    }
  }
}

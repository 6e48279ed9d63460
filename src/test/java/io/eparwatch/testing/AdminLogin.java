package io.eparwatch.testing;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;

/**
 * End-to-end tests act as the admin (the {@code %test} password); the security test opts out with
 * {@code auth().none()} to see what anyone else gets.
 */
public class AdminLogin implements QuarkusTestBeforeEachCallback {

  public static final String USER = "admin";
  public static final String PASSWORD = "test-admin";

  @Override
  public void beforeEach(QuarkusTestMethodContext context) {
    RestAssured.authentication = RestAssured.preemptive().basic(USER, PASSWORD);
  }
}

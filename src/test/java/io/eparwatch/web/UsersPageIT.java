package io.eparwatch.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.eparwatch.security.Users;
import io.eparwatch.testing.AdminLogin;
import io.eparwatch.testing.Browser;
import io.eparwatch.testing.Database;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** /users: admins manage logins through forms that carry a CSRF token. */
@QuarkusTest
class UsersPageIT {

  private static final String PASSWORD = "a-long-password-1";

  @Inject EntityManager em;
  @Inject Users users;

  private final Browser admin = new Browser();

  @BeforeEach
  void loggedInAdmin() {
    Database.reset(em);
    admin.logIn(AdminLogin.USER, AdminLogin.PASSWORD);
  }

  @Test
  void anAdminAddsAUserWhoCanThenLogIn() {
    var added =
        admin.post(
            "/users", "/users", Map.of("username", "nina", "password", PASSWORD, "role", "viewer"));
    assertEquals(303, added.statusCode());
    admin
        .get("/users")
        .then()
        .statusCode(200)
        .body(containsString("nina"))
        .body(not(containsString("$2")));
    Browser nina = new Browser();
    assertEquals("/", path(nina.logIn("nina", PASSWORD).header("Location")));
    nina.get("/users").then().statusCode(403);
  }

  @Test
  void onlyAdminsSeeTheUsersLink() {
    admin.get("/").then().statusCode(200).body(containsString("href=\"/users\""));
    new Browser().get("/").then().statusCode(200).body(not(containsString("href=\"/users\"")));
    users.add("vera", PASSWORD, "viewer");
    Browser vera = new Browser();
    vera.logIn("vera", PASSWORD);
    vera.get("/").then().statusCode(200).body(not(containsString("href=\"/users\"")));
  }

  @Test
  void aPostWithoutTheCsrfTokenIsRefused() {
    admin.get("/users");
    admin
        .postWithout("/users", Map.of("username", "nina", "password", PASSWORD, "role", "viewer"))
        .then()
        .statusCode(400);
    admin.get("/users").then().body(not(containsString("nina")));
  }

  @Test
  void roleChangeAndPasswordResetApplyToTheNextRequest() {
    users.add("ed", PASSWORD, "viewer");
    Browser ed = new Browser();
    ed.logIn("ed", PASSWORD);
    ed.get("/users").then().statusCode(403);
    assertEquals(303, admin.post("/users", "/users/ed/role", Map.of("role", "admin")).statusCode());
    ed.get("/users").then().statusCode(200);
    String newPassword = "another-password-2";
    assertEquals(
        303,
        admin.post("/users", "/users/ed/password", Map.of("password", newPassword)).statusCode());
    assertEquals("/login?error=1", path(new Browser().logIn("ed", PASSWORD).header("Location")));
    assertEquals("/", path(new Browser().logIn("ed", newPassword).header("Location")));
  }

  @Test
  void refusalsShowThePageAgainWithTheReason() {
    admin
        .post("/users", "/users", Map.of("username", "nina", "password", "short", "role", "viewer"))
        .then()
        .statusCode(400)
        .body(containsString("at least 12 characters"));
    admin
        .post("/users", "/users/" + AdminLogin.USER + "/remove", Map.of())
        .then()
        .statusCode(409)
        .body(containsString("configured admin"));
  }

  @Test
  void removingAUserEndsItsSession() {
    users.add("ed", PASSWORD, "admin");
    Browser ed = new Browser();
    ed.logIn("ed", PASSWORD);
    ed.get("/users").then().statusCode(200);
    assertEquals(303, admin.post("/users", "/users/ed/remove", Map.of()).statusCode());
    ed.get("/users").then().statusCode(303);
  }

  @Test
  void withoutALoginTheBrowserIsSentToTheLoginPage() {
    new Browser().get("/users").then().statusCode(303).header("Location", containsString("/login"));
  }

  private static String path(String location) {
    return location.replaceFirst("^https?://[^/]+", "");
  }
}

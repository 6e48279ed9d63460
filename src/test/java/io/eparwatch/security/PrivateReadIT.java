package io.eparwatch.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eparwatch.testing.Browser;
import io.eparwatch.testing.Database;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code eparwatch.web.public-read=false}: everything but the login page, health and static files
 * needs a login.
 */
@QuarkusTest
@TestProfile(PrivateProfile.class)
class PrivateReadIT {

  private static final Pattern GENERATED = Pattern.compile("admin password for this run is (\\S+)");

  @Inject EntityManager em;
  @Inject Users users;

  @BeforeEach
  void aViewer() {
    Database.reset(em);
    users.add("vera", "a-long-password-1", "viewer");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/api/watches", "/api/changes", "/api/medicines", "/feeds/changes.atom"})
  void readingNeedsALogin(String path) {
    given()
        .auth()
        .none()
        .get(path)
        .then()
        .statusCode(401)
        .header("WWW-Authenticate", "Basic realm=\"EPAR Watch\"")
        .body("error", equalTo("login required"));
  }

  @Test
  void aViewerReadsWithBasicAndThroughTheForm() {
    given()
        .auth()
        .preemptive()
        .basic("vera", "a-long-password-1")
        .get("/api/watches")
        .then()
        .statusCode(200);
    Browser browser = new Browser();
    browser.logIn("vera", "a-long-password-1");
    given().auth().none().cookies(browser.cookies()).get("/api/changes").then().statusCode(200);
  }

  @Test
  void aBrowserIsSentToTheLoginPageWhichIsOpen() {
    Browser browser = new Browser();
    browser.get("/").then().statusCode(303).header("Location", containsString("/login"));
    browser.get("/login").then().statusCode(200).body(containsString("j_security_check"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"/q/health/live", "/eparwatch.css"})
  void healthAndStaticFilesStayOpen(String path) {
    given().auth().none().get(path).then().statusCode(200);
  }

  @Test
  void aSessionFromAnotherInstanceWithTheSameSessionKeyIsAccepted() {
    String shared = OtherInstance.sessionCookie(PrivateProfile.SESSION_KEY, "vera");
    String foreign = OtherInstance.sessionCookie("another-key-of-another-install", "vera");
    page(shared).statusCode(200).body(containsString("vera"));
    page(foreign).statusCode(303).header("Location", containsString("/login"));
  }

  private static ValidatableResponse page(String session) {
    return given()
        .auth()
        .none()
        .redirects()
        .follow(false)
        .accept(Browser.ACCEPT)
        .cookie("eparwatch-session", session)
        .get("/watches")
        .then();
  }

  @Test
  void theSessionCookieIsSecureBehindHttps() {
    Response login = new Browser().logIn("vera", "a-long-password-1");
    String cookie =
        login.headers().getValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("eparwatch-session="))
            .findFirst()
            .orElseThrow();
    assertTrue(cookie.endsWith("; Secure") || cookie.contains("; Secure;"), cookie);
  }

  @Test
  void theGeneratedAdminPasswordIsLoggedOnceAndWorks() throws IOException {
    List<String> lines =
        Files.readAllLines(PrivateProfile.LOG).stream()
            .filter(line -> GENERATED.matcher(line).find())
            .toList();
    assertEquals(1, lines.size(), "logged once: " + lines);
    Matcher password = GENERATED.matcher(lines.get(0));
    assertTrue(password.find());
    given()
        .auth()
        .preemptive()
        .basic("admin", password.group(1))
        .get("/api/users")
        .then()
        .statusCode(200);
    given()
        .auth()
        .preemptive()
        .basic("admin", "test-admin")
        .get("/api/users")
        .then()
        .statusCode(401);
    assertTrue(
        Files.readString(PrivateProfile.LOG).contains("No eparwatch.web.session-key") == false,
        "a session key is set, so no warning about one");
  }
}

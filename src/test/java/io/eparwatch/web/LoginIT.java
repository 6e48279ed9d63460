package io.eparwatch.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eparwatch.security.Users;
import io.eparwatch.testing.AdminLogin;
import io.eparwatch.testing.Browser;
import io.eparwatch.testing.Database;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Form login for the pages, beside HTTP Basic for the API. */
@QuarkusTest
class LoginIT {

  private static final Pattern TOKEN = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

  @Inject EntityManager em;
  @Inject Users users;

  @BeforeEach
  void freshState() {
    Database.reset(em);
  }

  @Test
  void theLoginPageIsAFormPostingToQuarkus() {
    given()
        .auth()
        .none()
        .get("/login")
        .then()
        .statusCode(200)
        .contentType(containsString("text/html"))
        .body(containsString("action=\"/j_security_check\""))
        .body(containsString("name=\"j_username\""))
        .body(containsString("name=\"j_password\""))
        .body(containsString("name=\"csrf-token\""));
  }

  @Test
  void aLoginPostWithoutTheTokenOfTheFormIsRefusedEvenWithTheRightPassword() {
    Browser noToken = new Browser();
    noToken.get("/login");
    assertRefused(noToken, noToken.postWithout("/j_security_check", adminForm(null)));

    Browser wrongToken = new Browser();
    wrongToken.get("/login");
    assertRefused(wrongToken, wrongToken.postWithout("/j_security_check", adminForm("AAAA")));

    Browser noCookie = new Browser(); // another site's form: the browser's token cookie is not ours
    String token = tokenOf(new Browser().get("/login").asString());
    assertRefused(noCookie, noCookie.postWithout("/j_security_check", adminForm(token)));

    noCookie.get("/login?error=form").then().body(containsString("had expired"));
  }

  private static Map<String, String> adminForm(String token) {
    Map<String, String> form = new HashMap<>();
    form.put("j_username", AdminLogin.USER);
    form.put("j_password", AdminLogin.PASSWORD);
    if (token != null) {
      form.put("csrf-token", token);
    }
    return form;
  }

  private static String tokenOf(String page) {
    Matcher token = TOKEN.matcher(page);
    assertTrue(token.find(), page);
    return token.group(1);
  }

  private static void assertRefused(Browser browser, Response login) {
    assertEquals(302, login.statusCode());
    assertTrue(login.header("Location").endsWith("/login?error=form"), login.header("Location"));
    assertFalse(browser.cookies().containsKey("eparwatch-session"));
    browser.get("/users").then().statusCode(303).header("Location", containsString("/login"));
  }

  @Test
  void rightPasswordGivesASessionCookieThatIsHttpOnlyLaxAndSecureUnderAnHttpsPublicUrl() {
    Browser browser = new Browser();
    Response login = browser.logIn(AdminLogin.USER, AdminLogin.PASSWORD);
    assertEquals(302, login.statusCode());
    assertTrue(login.header("Location").endsWith("/"), login.header("Location"));
    String cookie = sessionCookie(login);
    assertTrue(cookie.toLowerCase().contains("; httponly"), cookie);
    assertTrue(cookie.contains("SameSite=Lax"), cookie);
    // The %test public URL is https (while the tests speak plain HTTP, as behind a proxy).
    assertTrue(cookie.contains("; Secure"), cookie);
    browser.get("/users").then().statusCode(200).body(containsString(AdminLogin.USER));
  }

  @Test
  void wrongPasswordGoesToTheErrorPageWithoutASession() {
    Browser browser = new Browser();
    Response login = browser.logIn(AdminLogin.USER, "not-the-password");
    assertEquals(302, login.statusCode());
    assertTrue(login.header("Location").endsWith("/login?error=1"), login.header("Location"));
    assertFalse(browser.cookies().containsKey("eparwatch-session"));
    browser.get("/login?error=1").then().body(containsString("not right"));
    browser.get("/users").then().statusCode(303).header("Location", containsString("/login"));
  }

  @Test
  void unknownUserIsRefusedLikeAWrongPassword() {
    Response login = new Browser().logIn("nobody", "whatever-password");
    assertTrue(login.header("Location").endsWith("/login?error=1"));
  }

  @Test
  void aDatabaseUserLogsInThroughTheFormAndThroughBasic() {
    users.add("erin", "editor-password-1", "editor");
    Browser browser = new Browser();
    assertTrue(browser.logIn("erin", "editor-password-1").header("Location").endsWith("/"));
    browser.get("/users").then().statusCode(403);
    given()
        .auth()
        .preemptive()
        .basic("erin", "editor-password-1")
        .contentType(ContentType.JSON)
        .post("/api/checks")
        .then()
        .statusCode(200);
  }

  @Test
  void logoutClearsTheSession() {
    Browser browser = new Browser();
    browser.logIn(AdminLogin.USER, AdminLogin.PASSWORD);
    browser.get("/users").then().statusCode(200);
    Response logout = browser.post("/users", "/logout", Map.of());
    assertEquals(303, logout.statusCode());
    assertTrue(logout.header("Location").endsWith("/"));
    assertEquals("", logout.getCookie("eparwatch-session"));
    browser.get("/users").then().statusCode(303).header("Location", containsString("/login"));
  }

  @Test
  void logoutWithoutTheCsrfTokenIsRefused() {
    Browser browser = new Browser();
    browser.logIn(AdminLogin.USER, AdminLogin.PASSWORD);
    browser.get("/users");
    browser.postWithout("/logout", Map.of("from", "elsewhere")).then().statusCode(400);
    browser.get("/users").then().statusCode(200);
  }

  @Test
  void apiClientsWithoutLoginGet401JsonNotARedirect() {
    given()
        .auth()
        .none()
        .redirects()
        .follow(false)
        .accept(Browser.ACCEPT)
        .get("/api/users")
        .then()
        .statusCode(401)
        .header("WWW-Authenticate", "Basic realm=\"EPAR Watch\"")
        .body(containsString("\"error\""))
        .header("Location", equalTo(null));
    given()
        .auth()
        .none()
        .post("/api/checks")
        .then()
        .statusCode(401)
        .body("error", equalTo("login required"));
  }

  @Test
  void aSessionIsNotAcceptedWithAWrongKeyOrTamperedCookie() {
    Browser browser = new Browser();
    browser.logIn(AdminLogin.USER, AdminLogin.PASSWORD);
    String value = browser.cookies().get("eparwatch-session");
    String tampered = value.substring(0, value.length() - 2) + (value.endsWith("A") ? "BB" : "AA");
    given()
        .auth()
        .none()
        .redirects()
        .follow(false)
        .accept("text/html")
        .cookie("eparwatch-session", tampered)
        .get("/users")
        .then()
        .statusCode(not(200));
  }

  private static String sessionCookie(Response response) {
    return response.headers().getValues("Set-Cookie").stream()
        .filter(c -> c.startsWith("eparwatch-session="))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no session cookie: " + response.headers()));
  }
}

package io.eparwatch.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eparwatch.testing.AdminLogin;
import io.eparwatch.testing.Browser;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The login form's CSRF check when quarkus-rest-csrf signs its tokens ({@code
 * quarkus.rest-csrf.token-signature-key}): the cookie then holds the token's signature, not the
 * token, and {@link LoginFormCsrf} must apply the same rule as the pages' forms.
 */
@QuarkusTest
@TestProfile(SignedCsrfLoginIT.Signed.class)
class SignedCsrfLoginIT {

  private static final Pattern TOKEN = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

  /** The test profile with a signature key. */
  public static class Signed implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "quarkus.rest-csrf.token-signature-key", "a-signature-key-of-forty-characters-long!");
    }

    @Override
    public String getConfigProfile() {
      return "test";
    }
  }

  @Test
  void theFormsSignedTokenLogsIn() {
    Browser browser = new Browser();
    String token = tokenOf(browser.get("/login"));
    assertNotEquals(token, browser.cookies().get("csrf-token"), "the cookie is the signature");
    Response login = browser.logIn(AdminLogin.USER, AdminLogin.PASSWORD);
    assertEquals(302, login.statusCode());
    assertTrue(login.header("Location").endsWith("/"), login.header("Location"));
    assertTrue(browser.cookies().containsKey("eparwatch-session"));
  }

  @Test
  void aTokenThatIsNotTheSignedOneIsRefused() {
    Browser browser = new Browser();
    String token = tokenOf(browser.get("/login"));
    String cookie = browser.cookies().get("csrf-token");
    // The cookie's own value as the token: right when tokens are not signed, wrong here.
    Response login =
        browser.postWithout(
            "/j_security_check",
            Map.of(
                "j_username", AdminLogin.USER,
                "j_password", AdminLogin.PASSWORD,
                "csrf-token", cookie));
    assertEquals(302, login.statusCode());
    assertTrue(login.header("Location").endsWith("/login?error=form"), login.header("Location"));
    assertFalse(browser.cookies().containsKey("eparwatch-session"));
    assertNotEquals(token, cookie);
  }

  private static String tokenOf(Response page) {
    Matcher token = TOKEN.matcher(page.asString());
    assertTrue(token.find(), "the login form has a CSRF token");
    return token.group(1);
  }
}

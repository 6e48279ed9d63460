package io.eparwatch.security;

import io.quarkus.csrf.reactive.runtime.CsrfTokenUtils;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.FormAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The CSRF check of the login form. Quarkus form authentication takes the post to {@code
 * /j_security_check} before any REST filter runs, so quarkus-rest-csrf never sees it; without this
 * check another site could log a browser in under the attacker's name (login CSRF) and read what
 * the victim then does. The rule is quarkus-rest-csrf's own: the form's token field equals the
 * token cookie that {@code GET /login} set (or, with {@code quarkus.rest-csrf.token-signature-key},
 * the cookie is the token's signature). HTTP Basic carries no form and is not concerned.
 */
@ApplicationScoped
public class LoginFormCsrf {

  /** Marks the failure so that the form says what went wrong (not "wrong password"). */
  public static final String REFUSED = "eparwatch.login-form-without-token";

  private final String cookieName;
  private final String fieldName;
  private final Optional<String> signatureKey;

  LoginFormCsrf(
      @ConfigProperty(name = "quarkus.rest-csrf.cookie-name", defaultValue = "csrf-token")
          String cookieName,
      @ConfigProperty(name = "quarkus.rest-csrf.form-field-name", defaultValue = "csrf-token")
          String fieldName,
      @ConfigProperty(name = "quarkus.rest-csrf.token-signature-key")
          Optional<String> signatureKey) {
    this.cookieName = cookieName;
    this.fieldName = fieldName;
    this.signatureKey = signatureKey;
  }

  /** True when the request is a login form post whose token is missing or does not match. */
  public boolean refuses(UsernamePasswordAuthenticationRequest request) {
    RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
    if (routing == null || !isFormLogin(routing)) {
      return false;
    }
    Cookie cookie = routing.request().getCookie(cookieName);
    String token = routing.request().getFormAttribute(fieldName);
    if (cookie == null || token == null || token.isEmpty()) {
      return true;
    }
    try {
      String expected =
          signatureKey.map(key -> CsrfTokenUtils.signCsrfToken(token, key)).orElse(token);
      return !MessageDigest.isEqual(utf8(expected), utf8(cookie.getValue()));
    } catch (IllegalArgumentException notBase64) {
      return true;
    }
  }

  static AuthenticationFailedException refused() {
    return new AuthenticationFailedException(
        "The login form's CSRF token is missing or wrong", Map.of(REFUSED, Boolean.TRUE));
  }

  /** The form mechanism marks the request it authenticates (Basic marks it with its own). */
  private static boolean isFormLogin(RoutingContext routing) {
    return routing.get(HttpAuthenticationMechanism.class.getName())
        instanceof FormAuthenticationMechanism;
  }

  private static byte[] utf8(String value) {
    return value.getBytes(StandardCharsets.UTF_8);
  }
}

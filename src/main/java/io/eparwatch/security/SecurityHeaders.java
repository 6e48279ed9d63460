package io.eparwatch.security;

import io.eparwatch.config.EparWatchConfig;
import io.vertx.core.MultiMap;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.impl.ServerCookie;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Locale;

/**
 * Security headers on every response (pages, API, feeds, errors, health), and the {@code Secure}
 * flag on cookies when the public URL is https (TLS usually ends at a proxy, so the request this
 * server sees is plain HTTP and Quarkus would leave the flag off).
 */
@ApplicationScoped
public class SecurityHeaders {

  public static final String CSP =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

  private final boolean secureCookies;

  public SecurityHeaders(EparWatchConfig config) {
    this.secureCookies = "https".equalsIgnoreCase(config.publicUrl().getScheme());
  }

  void install(@Observes Router router) {
    router.route().order(Integer.MIN_VALUE).handler(this::onRequest);
  }

  private void onRequest(RoutingContext context) {
    context.addHeadersEndHandler(
        ignored -> {
          addHeaders(context.response().headers());
          if (secureCookies) {
            secureNewCookies(context);
          }
        });
    context.next();
  }

  /** Cookies set in this response (session, CSRF) are still objects here, written after. */
  private static void secureNewCookies(RoutingContext context) {
    for (Cookie cookie : context.request().cookies()) {
      if (cookie instanceof ServerCookie set && !set.isFromUserAgent()) {
        cookie.setSecure(true);
      }
    }
  }

  void addHeaders(MultiMap headers) {
    // A response with a stricter policy of its own keeps it: the raw copy of a fetched page
    // ("sandbox"), a page with a token in its URL (Referrer-Policy: no-referrer).
    setIfAbsent(headers, "Content-Security-Policy", CSP);
    setIfAbsent(headers, "X-Frame-Options", "DENY");
    setIfAbsent(headers, "Referrer-Policy", "same-origin");
    headers.set("X-Content-Type-Options", "nosniff");
    if (secureCookies && headers.contains("Set-Cookie")) {
      List<String> cookies = headers.getAll("Set-Cookie").stream().map(this::secure).toList();
      headers.remove("Set-Cookie");
      headers.add("Set-Cookie", cookies);
    }
  }

  private static void setIfAbsent(MultiMap headers, String name, String value) {
    if (!headers.contains(name)) {
      headers.set(name, value);
    }
  }

  private String secure(String cookie) {
    return cookie.toLowerCase(Locale.ROOT).contains("; secure") ? cookie : cookie + "; Secure";
  }
}

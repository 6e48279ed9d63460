package io.eparwatch.security;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * Form posts that cannot carry a CSRF token and need none: the one-click unsubscribe of a mail (RFC
 * 8058), which a mail client posts without ever loading a page, and whose link carries its own
 * token. The CSRF check (quarkus-rest-csrf) has no list of exempt paths, so these requests are
 * given a matching cookie and header before it runs: for them the check passes, for every other
 * path it is untouched.
 */
@ApplicationScoped
public class CsrfExemptions {

  static final Set<String> PATHS = Set.of("/subscriptions/unsubscribe");

  /** quarkus-rest-csrf's defaults: cookie and header names, token size in bytes. */
  private static final String COOKIE = "csrf-token";

  private static final String HEADER = "X-CSRF-TOKEN";
  private static final int TOKEN_BYTES = 16;

  private final SecureRandom random = new SecureRandom();

  void install(@Observes Router router) {
    router.route().order(Integer.MIN_VALUE + 1).handler(this::onRequest);
  }

  private void onRequest(RoutingContext context) {
    HttpServerRequest request = context.request();
    if (request.method() == HttpMethod.POST && PATHS.contains(request.path())) {
      byte[] bytes = new byte[TOKEN_BYTES];
      random.nextBytes(bytes);
      String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
      String cookies = request.headers().get("Cookie");
      request
          .headers()
          .set("Cookie", (cookies == null ? "" : cookies + "; ") + COOKIE + "=" + token);
      request.headers().set(HEADER, token);
    }
    context.next();
  }
}

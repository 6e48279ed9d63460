package io.eparwatch.web;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.impl.ServerCookie;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * quarkus-rest-csrf gives every GET without a token cookie a new one (its paths can be listed only
 * exactly, and every page has a form: the layout's log-out). Feeds, the JSON API and the
 * subscription links carry no form of ours: their responses drop the new cookie, so that feed
 * readers and shared caches get a response without {@code Set-Cookie}.
 */
@ApplicationScoped
public class CsrfCookieScope {

  private final String cookieName;

  CsrfCookieScope(
      @ConfigProperty(name = "quarkus.rest-csrf.cookie-name", defaultValue = "csrf-token")
          String cookieName) {
    this.cookieName = cookieName;
  }

  void install(@Observes Router router) {
    router.route().order(Integer.MIN_VALUE + 1).handler(this::onRequest);
  }

  private void onRequest(RoutingContext context) {
    String path = context.normalizedPath();
    if (CsrfScope.NOT_PAGES.stream().anyMatch(path::startsWith)) {
      context.addHeadersEndHandler(ignored -> dropNewToken(context));
    }
    context.next();
  }

  private void dropNewToken(RoutingContext context) {
    List<Cookie> created =
        context.request().cookies(cookieName).stream()
            .filter(cookie -> cookie instanceof ServerCookie set && !set.isFromUserAgent())
            .toList();
    if (!created.isEmpty()) {
      context.response().removeCookie(cookieName, false);
    }
  }
}

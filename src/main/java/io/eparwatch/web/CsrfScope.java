package io.eparwatch.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Keeps the CSRF check (quarkus-rest-csrf, which checks every form post) on the dashboard's forms,
 * where a session cookie authenticates. The JSON API (HTTP Basic) and the links of subscription
 * mails (a token in the URL; mail clients' one-click unsubscribe posts a form without any cookie)
 * are not cookie-authenticated forms: their form content type is dropped before the check, so a
 * {@code curl -X POST} or a one-click unsubscribe goes on as before. No page action is reachable
 * under these paths.
 */
public class CsrfScope {

  static final List<String> NOT_PAGES = List.of("/api/", "/feeds/", "/q/", "/subscriptions/");

  @ServerRequestFilter(preMatching = true)
  public void outsideThePages(ContainerRequestContext request) {
    String path = request.getUriInfo().getPath();
    if (NOT_PAGES.stream().anyMatch(path::startsWith) && isForm(request)) {
      request.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
    }
  }

  private static boolean isForm(ContainerRequestContext request) {
    String type = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
    return type != null
        && (type.startsWith("application/x-www-form-urlencoded")
            || type.startsWith("multipart/form-data"));
  }
}

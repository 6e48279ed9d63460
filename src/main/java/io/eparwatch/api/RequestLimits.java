package io.eparwatch.api;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Refuses an oversized URL (414) or body (413) with {@code {"error": "..."}} before any other
 * handler. Vert.x's own limits ({@code quarkus.http.limits.*}) are set well above these, so that
 * this filter, not an empty answer from the HTTP layer, is what a client normally meets.
 */
@ApplicationScoped
public class RequestLimits {

  /** No API URL comes near this; EMA page URLs travel in the body. */
  static final int MAX_URL_LENGTH = 4096;

  /** API bodies are a few hundred bytes: one URL or product number. */
  static final long MAX_BODY_BYTES = 64 * 1024;

  void install(@Observes Router router) {
    router.route().order(Integer.MIN_VALUE).handler(this::check);
  }

  private void check(RoutingContext context) {
    HttpServerRequest request = context.request();
    if (request.uri().length() > MAX_URL_LENGTH) {
      refuse(context, 414, "URL too long: at most " + MAX_URL_LENGTH + " characters");
    } else if (declaredLength(request) > MAX_BODY_BYTES) {
      refuse(context, 413, "request body too large: at most " + MAX_BODY_BYTES / 1024 + " KB");
    } else {
      context.next();
    }
  }

  private static long declaredLength(HttpServerRequest request) {
    String length = request.getHeader("Content-Length");
    try {
      return length == null ? 0 : Long.parseLong(length.trim());
    } catch (NumberFormatException e) {
      return 0; // Vert.x refuses a malformed Content-Length itself
    }
  }

  private static void refuse(RoutingContext context, int status, String message) {
    context
        .response()
        .setStatusCode(status)
        .putHeader("Content-Type", "application/json")
        // The unread body is not drained: the connection ends with the answer.
        .putHeader("Connection", "close")
        .end(new io.vertx.core.json.JsonObject().put("error", message).encode());
  }
}

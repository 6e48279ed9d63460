package io.eparwatch.security;

import io.quarkus.vertx.http.runtime.security.PersistentLoginManager;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The session cookie that another instance would give after a form login: made by Quarkus's own
 * {@link PersistentLoginManager} with a given encryption key, as {@code eparwatch.web.session-key}
 * configures it there. Of the request it is given, only the cookie it adds is read.
 */
final class OtherInstance {

  private OtherInstance() {}

  static String sessionCookie(String sessionKey, String username) {
    PersistentLoginManager manager =
        new PersistentLoginManager(
            sessionKey,
            "eparwatch-session",
            Duration.ofHours(8).toMillis(),
            Duration.ofMinutes(1).toMillis(),
            true,
            "LAX",
            "/",
            -1,
            null);
    AtomicReference<Cookie> added = new AtomicReference<>();
    RoutingContext routing =
        (RoutingContext)
            Proxy.newProxyInstance(
                OtherInstance.class.getClassLoader(),
                new Class<?>[] {RoutingContext.class},
                (self, method, args) -> {
                  if (method.getName().equals("addCookie")) {
                    added.set((Cookie) args[0]);
                  }
                  return self;
                });
    manager.save(username, routing, "eparwatch-session", null, true);
    return added.get().getValue();
  }
}

package io.eparwatch.security;

import io.eparwatch.config.EparWatchConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * Checks {@code eparwatch.web.session-key} at start (application.properties hands it to {@code
 * quarkus.http.auth.session.encryption-key}) and says what happens without one.
 */
@ApplicationScoped
public class SessionKey {

  static final int MIN_LENGTH = 16;
  private static final Logger LOG = Logger.getLogger(SessionKey.class);

  void check(@Observes StartupEvent start, EparWatchConfig config) {
    config
        .web()
        .sessionKey()
        .ifPresentOrElse(
            key -> {
              if (key.length() < MIN_LENGTH) {
                throw new IllegalStateException(
                    "eparwatch.web.session-key must have at least " + MIN_LENGTH + " characters");
              }
            },
            () ->
                LOG.warn(
                    "No eparwatch.web.session-key is set: a random one is used, so page logins"
                        + " do not survive a restart and do not span instances"));
  }
}

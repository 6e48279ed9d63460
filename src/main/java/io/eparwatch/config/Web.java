package io.eparwatch.config;

import io.smallrye.config.WithDefault;
import java.util.Optional;

/** Who may read, and the login sessions of the pages. */
public interface Web {
  /**
   * Encrypts the form-login session cookie (at least 16 characters). Give every instance the same
   * one; without it a random key is made at each start, so sessions end at a restart and do not
   * span instances.
   */
  Optional<String> sessionKey();

  /**
   * Reading (pages, feeds, read API) needs no login. {@code false} requires a login of any role for
   * everything but {@code /login}, health and static files.
   */
  @WithDefault("true")
  boolean publicRead();
}

package io.eparwatch.security;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.nio.file.Path;
import java.util.Map;

/**
 * A private install behind https: public reading off, a session key shared by instances, no admin
 * password configured (one is generated and logged once, to a file the test reads).
 */
public class PrivateProfile implements QuarkusTestProfile {

  static final String SESSION_KEY = "a-session-key-for-several-instances";
  static final Path LOG =
      Path.of("target", "private-profile-" + ProcessHandle.current().pid() + ".log");

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of(
        "eparwatch.web.public-read", "false",
        "eparwatch.public-url", "https://eparwatch.example.org",
        "eparwatch.web.session-key", SESSION_KEY,
        "eparwatch.admin.password", "",
        "quarkus.log.file.enabled", "true",
        "quarkus.log.file.path", LOG.toString());
  }

  @Override
  public String getConfigProfile() {
    return "test";
  }
}

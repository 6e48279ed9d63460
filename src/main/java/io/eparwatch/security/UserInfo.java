package io.eparwatch.security;

import java.time.Instant;

/**
 * A login as shown to admins: never its hash. {@code configured} marks the admin from
 * configuration, which cannot be changed or removed here.
 */
public record UserInfo(String username, String role, Instant createdAt, boolean configured) {

  static UserInfo of(AppUser user) {
    return new UserInfo(user.username, user.role, user.createdAt, false);
  }
}

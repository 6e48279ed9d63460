package io.eparwatch.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Name and password pairs that passed a bcrypt check in the last minute, so that an API client
 * sending HTTP Basic on every request pays the ~90 ms check once a minute, not on each call. Kept
 * as an HMAC under a key made at start, never the password. A password reset or removal here
 * forgets the user at once; on another instance the old password works for at most {@link #TTL}.
 */
final class ProvenPasswords {

  static final Duration TTL = Duration.ofMinutes(1);
  private static final int MAX_ENTRIES = 10_000;

  private record Proven(String username, Instant until) {}

  private final Map<String, Proven> proven = new ConcurrentHashMap<>();
  private final SecretKeySpec key;
  private final Clock clock;

  ProvenPasswords(Clock clock) {
    byte[] random = new byte[32];
    new SecureRandom().nextBytes(random);
    this.key = new SecretKeySpec(random, "HmacSHA256");
    this.clock = clock;
  }

  boolean isProven(String username, String password) {
    Proven entry = proven.get(proof(username, password));
    return entry != null && clock.instant().isBefore(entry.until());
  }

  void remember(String username, String password) {
    if (proven.size() >= MAX_ENTRIES) {
      proven.clear(); // a flood of distinct logins costs only bcrypt checks again
    }
    proven.put(proof(username, password), new Proven(username, clock.instant().plus(TTL)));
  }

  void forget(String username) {
    proven.values().removeIf(entry -> entry.username().equals(username));
  }

  private String proof(String username, String password) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      byte[] digest = mac.doFinal((username + '\0' + password).getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }
}

package io.eparwatch.security;

import io.quarkus.elytron.security.common.BcryptUtil;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

/** Bcrypt hashes of passwords: the only form in which a password is kept. */
final class Passwords {

  /** About 50 ms a check on these machines: slow for guessing, fast enough for a login. */
  static final int COST = 10;

  static final int MIN_LENGTH = 12;

  /** Bcrypt reads only the first 72 bytes; a longer password would be silently cut. */
  static final int MAX_BYTES = 72;

  /** Checked against when the user is unknown, so that an unknown name takes as long as a known. */
  private static final String DUMMY = hash(random());

  private Passwords() {}

  static String hash(String password) {
    return BcryptUtil.bcryptHash(password, COST);
  }

  static boolean matches(String password, String hash) {
    return BcryptUtil.matches(password, hash);
  }

  /** Spends the time of one check and fails. */
  static boolean matchesNothing(String password) {
    BcryptUtil.matches(password, DUMMY);
    return false;
  }

  /** Why the password cannot be used, or null when it can. */
  static String problem(String password) {
    if (password == null || password.length() < MIN_LENGTH) {
      return "the password must have at least " + MIN_LENGTH + " characters";
    }
    if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
      return "the password must not be longer than " + MAX_BYTES + " bytes";
    }
    return null;
  }

  static String random() {
    byte[] random = new byte[18];
    new SecureRandom().nextBytes(random);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
  }
}

package io.eparwatch.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordsTest {

  @Test
  void aHashIsBcryptOfCostTenSaltedAndChecks() {
    String first = Passwords.hash("a-long-password-1");
    String second = Passwords.hash("a-long-password-1");
    assertTrue(first.startsWith("$2a$10$"), first);
    assertNotEquals(first, second, "each hash has its own salt");
    assertFalse(first.contains("a-long-password-1"));
    assertTrue(Passwords.matches("a-long-password-1", first));
    assertFalse(Passwords.matches("a-long-password-2", first));
  }

  @Test
  void anUnknownUserNeverMatches() {
    assertFalse(Passwords.matchesNothing("anything"));
  }

  @Test
  void passwordRules() {
    assertNull(Passwords.problem("twelve-chars"));
    assertTrue(Passwords.problem("eleven-char").contains("at least 12"));
    assertTrue(Passwords.problem(null).contains("at least 12"));
    assertNull(Passwords.problem("x".repeat(72)));
    assertTrue(Passwords.problem("x".repeat(73)).contains("72 bytes"));
    assertTrue(Passwords.problem("é".repeat(37)).contains("72 bytes"), "counted in UTF-8 bytes");
  }
}

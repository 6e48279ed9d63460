package io.eparwatch.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eparwatch.testing.MovableClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ProvenPasswordsTest {

  private final MovableClock clock = new MovableClock();
  private final ProvenPasswords proven = new ProvenPasswords(clock);

  @Test
  void aProvenPairPassesForAMinuteOnly() {
    proven.remember("ed", "a-long-password-1");
    assertTrue(proven.isProven("ed", "a-long-password-1"));
    assertFalse(proven.isProven("ed", "a-long-password-2"));
    assertFalse(proven.isProven("eve", "a-long-password-1"));
    clock.advance(ProvenPasswords.TTL.minus(Duration.ofSeconds(1)));
    assertTrue(proven.isProven("ed", "a-long-password-1"));
    clock.advance(Duration.ofSeconds(1));
    assertFalse(proven.isProven("ed", "a-long-password-1"));
  }

  @Test
  void forgettingAUserDropsItsPairsOnly() {
    proven.remember("ed", "a-long-password-1");
    proven.remember("vera", "a-long-password-1");
    proven.forget("ed");
    assertFalse(proven.isProven("ed", "a-long-password-1"));
    assertTrue(proven.isProven("vera", "a-long-password-1"));
  }

  @Test
  void theNameAndPasswordCannotBeShiftedIntoEachOther() {
    proven.remember("ed", "x-long-password");
    assertFalse(proven.isProven("edx", "-long-password"));
  }
}

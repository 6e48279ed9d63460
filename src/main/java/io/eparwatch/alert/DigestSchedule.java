package io.eparwatch.alert;

import io.eparwatch.alert.Subscription.Mode;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;

/**
 * When digests are due: daily at {@code alerts.daily-at}, weekly on {@code alerts.weekly-on} at
 * that time, in {@code alerts.time-zone}. A subscription whose last digest is older than the last
 * such moment is due, so a run missed during an outage is made up at the next tick.
 */
final class DigestSchedule {

  private DigestSchedule() {}

  /** The latest scheduled moment of {@code mode} at or before {@code now}. */
  static Instant lastSlot(Mode mode, Instant now, LocalTime at, DayOfWeek weeklyOn, ZoneId zone) {
    ZonedDateTime local = now.atZone(zone);
    ZonedDateTime slot = local.with(at).withSecond(0).withNano(0);
    if (mode == Mode.WEEKLY) {
      slot = slot.with(TemporalAdjusters.previousOrSame(weeklyOn));
      if (slot.isAfter(local)) {
        slot = slot.minusWeeks(1);
      }
    } else if (slot.isAfter(local)) {
      slot = slot.minusDays(1);
    }
    return slot.toInstant();
  }
}

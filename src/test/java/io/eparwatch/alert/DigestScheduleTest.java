package io.eparwatch.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.eparwatch.alert.Subscription.Mode;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DigestScheduleTest {

  static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
  static final LocalTime SEVEN = LocalTime.of(7, 0);

  static Instant slot(Mode mode, String now) {
    return DigestSchedule.lastSlot(mode, Instant.parse(now), SEVEN, DayOfWeek.MONDAY, AMSTERDAM);
  }

  @Nested
  class Daily {
    @Test
    void afterSevenItIsTodaysSeven() {
      // 2026-12-04 is a Friday; Amsterdam is UTC+1 in winter.
      assertEquals(Instant.parse("2026-12-04T06:00:00Z"), slot(Mode.DAILY, "2026-12-04T10:00:00Z"));
    }

    @Test
    void beforeSevenItIsYesterdays() {
      assertEquals(Instant.parse("2026-12-03T06:00:00Z"), slot(Mode.DAILY, "2026-12-04T05:59:59Z"));
    }

    @Test
    void exactlyAtSevenItIsNow() {
      assertEquals(Instant.parse("2026-12-04T06:00:00Z"), slot(Mode.DAILY, "2026-12-04T06:00:00Z"));
    }

    @Test
    void inSummerTheLocalTimeHolds() {
      assertEquals(Instant.parse("2026-07-01T05:00:00Z"), slot(Mode.DAILY, "2026-07-01T12:00:00Z"));
    }
  }

  @Nested
  class Weekly {
    @Test
    void onFridayItIsThisWeeksMonday() {
      assertEquals(
          Instant.parse("2026-11-30T06:00:00Z"), slot(Mode.WEEKLY, "2026-12-04T10:00:00Z"));
    }

    @Test
    void onMondayBeforeSevenItIsLastWeeks() {
      assertEquals(
          Instant.parse("2026-11-23T06:00:00Z"), slot(Mode.WEEKLY, "2026-11-30T05:00:00Z"));
    }

    @Test
    void onMondayAfterSevenItIsToday() {
      assertEquals(
          Instant.parse("2026-11-30T06:00:00Z"), slot(Mode.WEEKLY, "2026-11-30T06:30:00Z"));
    }
  }
}

package io.eparwatch.epar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class EmaDatesTest {

  @Test
  void readsDayMonthYear() {
    assertEquals(LocalDate.of(2025, 10, 6), EmaDates.inText("Last updated: 06/10/2025"));
    assertNull(EmaDates.inText("31/02/2025"));
    assertNull(EmaDates.inText("EMA/734400/2015"));
  }

  @Test
  void readsTheDatePartOfDatetimeAttributes() {
    assertEquals(LocalDate.of(2019, 12, 3), EmaDates.fromDatetime("2019-12-03T17:48:52+01:00"));
    assertEquals(LocalDate.of(2016, 2, 5), EmaDates.fromDatetime("2016-02-05"));
    assertNull(EmaDates.fromDatetime("yesterday"));
  }

  @Test
  void anInstantIsTheDateShownInAmsterdam() {
    assertEquals(LocalDate.of(2025, 10, 6), EmaDates.fromDatetime("2025-10-05T22:30:00Z"));
    assertEquals(LocalDate.of(2025, 1, 6), EmaDates.fromDatetime("2025-01-05T23:30:00Z"));
  }

  @Test
  void timeElementWinsOverText() {
    String html = "<dd>06/02/2016 <time datetime=\"2016-02-05T12:00:00Z\">06/02/2016</time></dd>";
    assertEquals(LocalDate.of(2016, 2, 5), EmaDates.in(Jsoup.parseBodyFragment(html).body()));
  }
}

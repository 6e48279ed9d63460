package io.eparwatch.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ExportValuesTest {

  @Test
  void decodesNamedAndNumericEntities() {
    assertEquals("a < b > c & d", ExportValues.text("a &lt; b &gt; c &amp; d"));
    assertEquals("Alzheimer's disease", ExportValues.text("Alzheimer&#039;s disease"));
    assertEquals("Alzheimer's disease", ExportValues.text("Alzheimer&#x27;s disease"));
    assertEquals("Sjögren", ExportValues.text("Sj&ouml;gren"));
    assertEquals("≥ 30 kg/m2", ExportValues.text("&ge; 30 kg/m2"));
  }

  @Test
  void decodesANoBreakSpaceWithoutItsSemicolonAndOneEscapedTwice() {
    assertEquals("bimekizumab", ExportValues.text("bimekizumab&nbsp"));
    assertEquals("a b", ExportValues.text("a&amp;nbsp;b"));
  }

  @Test
  void keepsBareAmpersands() {
    assertEquals("Merck Sharp & Dohme B.V.", ExportValues.text("Merck Sharp & Dohme B.V."));
    assertEquals("R&D", ExportValues.text("R&D"));
  }

  @Test
  void collapsesWhitespaceIncludingNoBreakSpaces() {
    assertEquals("UCB Pharma S.A.", ExportValues.text("UCB Pharma S.A.  "));
    assertEquals("gain.", ExportValues.text("gain.&nbsp;&nbsp;"));
    assertEquals("mellitus). For trial", ExportValues.text("mellitus).&nbsp;&nbsp;  For\ttrial"));
    assertEquals("a b", ExportValues.text("\u00a0a\u202f\n b\r\n"));
    assertEquals("unchanged text", io.eparwatch.epar.EmaText.collapseWhitespace("unchanged text"));
  }

  @Test
  void blankIsAbsent() {
    assertNull(ExportValues.text(""));
    assertNull(ExportValues.text("   "));
    assertNull(ExportValues.text("&nbsp;"));
    assertNull(ExportValues.text(null));
    assertNull(ExportValues.list(" ; ;"));
  }

  @Test
  void normalisesLists() {
    assertEquals("buprenorphine; naloxone", ExportValues.list("buprenorphine;naloxone"));
    assertEquals("a; b; c", ExportValues.list(" a ;b;; c; "));
    assertEquals("x < 1; y", ExportValues.list("x &lt; 1;y"), "an entity's ';' is not a separator");
    assertEquals("single", ExportValues.list("single "));
  }

  @Test
  void readsBothDateForms() {
    assertEquals(LocalDate.of(2023, 9, 22), ExportValues.date("22/09/2023"));
    assertEquals(LocalDate.of(2023, 9, 2), ExportValues.date(" 2/9/2023 "));
    assertEquals(LocalDate.of(2023, 9, 22), ExportValues.date("2023-09-22"));
    assertEquals(LocalDate.of(2018, 9, 19), ExportValues.date("2018-09-19T02:00:00Z"));
  }

  @Test
  void instantsAreAmsterdamCalendarDates() {
    assertEquals(
        LocalDate.of(2020, 1, 2), ExportValues.date("2020-01-01T23:30:00Z"), "winter: UTC+1");
    assertEquals(
        LocalDate.of(2020, 7, 2), ExportValues.date("2020-07-01T22:00:00Z"), "summer: UTC+2");
    assertEquals(LocalDate.of(2020, 7, 1), ExportValues.date("2020-07-01T21:59:59Z"));
    assertEquals(LocalDate.of(2020, 7, 1), ExportValues.date("2020-07-01T23:00:00+02:00"));
    assertEquals(
        LocalDate.of(2020, 7, 1), ExportValues.date("2020-07-01T23:00:00"), "no zone: as written");
  }

  @Test
  void notADateIsAbsent() {
    assertNull(ExportValues.date(""));
    assertNull(ExportValues.date("31/02/2023"));
    assertNull(ExportValues.date("2023-13-01"));
    assertNull(ExportValues.date("N/A"));
    assertNull(ExportValues.date("22/09/2023 and later"));
  }

  @Test
  void readsFlags() {
    assertTrue(ExportValues.isYes("Yes"));
    assertTrue(ExportValues.isYes("yes "));
    assertFalse(ExportValues.isYes("No"));
    assertFalse(ExportValues.isYes(""));
    assertFalse(ExportValues.isYes(null));
  }

  @Test
  void readsMetaValues() {
    assertEquals(72, ExportValues.wholeNumber("72"));
    assertNull(ExportValues.wholeNumber("-1"));
    assertNull(ExportValues.wholeNumber("7.5"));
    assertNull(ExportValues.wholeNumber("99999999999"));
    assertEquals(
        Instant.parse("2026-09-26T05:49:47Z"), ExportValues.instant("2026-09-26T05:49:47Z"));
    assertEquals(
        Instant.parse("2026-09-26T05:49:47Z"), ExportValues.instant("2026-09-26T07:49:47+02:00"));
    assertNull(ExportValues.instant("26/09/2026"));
  }
}

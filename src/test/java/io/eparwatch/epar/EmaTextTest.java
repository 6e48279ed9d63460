package io.eparwatch.epar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class EmaTextTest {

  @Test
  void readsDayMonthYear() {
    assertEquals(LocalDate.of(2025, 10, 6), EmaDates.firstDate("Last updated: 06/10/2025"));
    assertNull(EmaDates.firstDate("31/02/2025"));
    assertNull(EmaDates.firstDate("EMA/734400/2015"));
  }

  @Test
  void readsTheDatePartOfDatetimeAttributes() {
    assertEquals(
        LocalDate.of(2019, 12, 3), EmaDates.datetimeAttribute("2019-12-03T17:48:52+01:00"));
    assertEquals(LocalDate.of(2016, 2, 5), EmaDates.datetimeAttribute("2016-02-05"));
    assertNull(EmaDates.datetimeAttribute("yesterday"));
  }

  @Test
  void anInstantIsTheDateShownInAmsterdam() {
    assertEquals(LocalDate.of(2025, 10, 6), EmaDates.datetimeAttribute("2025-10-05T22:30:00Z"));
    assertEquals(LocalDate.of(2025, 1, 6), EmaDates.datetimeAttribute("2025-01-05T23:30:00Z"));
  }

  @Test
  void anInstantWithAnImpossibleDateOrTimeIsReadLikeAnyOtherValue() {
    // The shortcut for EMA's UTC form must not accept what the ISO parser rejects.
    assertEquals(LocalDate.of(2025, 2, 1), EmaDates.datetimeAttribute("2025-02-01T24:00:00Z"));
    assertNull(EmaDates.datetimeAttribute("2025-02-30T10:00:00Z"));
    assertEquals(LocalDate.of(2025, 3, 30), EmaDates.datetimeAttribute("2025-03-30T00:30:00Z"));
  }

  @Test
  void aSpaceIsJavaWhitespaceOrAUnicodeSpaceSeparator() {
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      assertEquals(
          Character.isWhitespace(c) || Character.isSpaceChar(c),
          EmaText.isSpace(c),
          "U+" + Integer.toHexString(c));
    }
    assertEquals(-1, EmaText.firstNonSpace("\n \u00a0\t\u2003"));
    assertEquals(2, EmaText.firstNonSpace("\n x "));
  }

  @Test
  void labelsAreFoundIgnoringAsciiCaseAsALowerCaseCopyFindsThem() {
    String[] labels = {
      "reference number",
      "first published",
      "last updated",
      "latest procedure affecting product information",
      "this page was last updated on"
    };
    String[] texts = {
      "Reference Number: EMA/1/2020",
      "FIRST PUBLISHED:",
      "Page last Updated 06/10/2025",
      "First\u00a0published",
      "\u0130 first published", // U+0130 lower-cases to two characters
      "\u212a last updated", // the Kelvin sign lower-cases to k
      "ſirst published", // long s: only Unicode case-folding makes it an s
      "Latest procedure affecting PRODUCT INFORMATION: VR/0000296281",
      "This page was last updated on 06/10/2025",
      "reference numbe",
      ""
    };
    for (String label : labels) {
      for (String text : texts) {
        int expected = text.toLowerCase(java.util.Locale.ROOT).indexOf(label);
        int found = EmaText.indexOfIgnoringAsciiCase(text, label);
        assertEquals(expected >= 0, found >= 0, text + " / " + label);
        if (found >= 0) {
          assertTrue(text.regionMatches(true, found, label, 0, label.length()), text);
        }
      }
    }
    assertEquals(2, EmaText.indexOfIgnoringAsciiCase("\u0130 first published", "first published"));
    assertEquals("20/11/2025", EmaText.from("Last updated: 20/11/2025", "Last updated".length()));
  }

  @Test
  void whitespaceAnywhereIsNoDifference() {
    assertTrue(EmaText.sameIgnoringWhitespace("a,b", "a,\u00a0b "));
    assertTrue(EmaText.sameIgnoringWhitespace("", " "));
    assertTrue(EmaText.sameIgnoringWhitespace(null, null));
    assertFalse(EmaText.sameIgnoringWhitespace(null, ""));
    assertFalse(EmaText.sameIgnoringWhitespace("ab", "a b c"));
    assertFalse(EmaText.sameIgnoringWhitespace("a b c", "ab"));
  }

  @Test
  void timeElementWinsOverText() {
    String html = "<dd>06/02/2016 <time datetime=\"2016-02-05T12:00:00Z\">06/02/2016</time></dd>";
    assertEquals(LocalDate.of(2016, 2, 5), PageLabels.dateIn(Jsoup.parseBodyFragment(html).body()));
  }
}

package io.eparwatch.epar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eparwatch.testing.Fixtures;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LanguageDatesTest {

  static final String PI = "/documents/product-information/imlygic-epar-product-information.pdf";

  @Test
  void everyTranslationHasItsLastUpdate() {
    Map<String, Map<String, LocalDate>> dates =
        LanguageDates.read(Fixtures.read("golden/imlygic-current.html"));
    Map<String, LocalDate> pi = dates.get(PI);
    assertEquals(24, pi.size(), pi.toString());
    assertEquals(LocalDate.of(2025, 10, 6), pi.get("bg"));
    assertTrue(!pi.containsKey("en"), "English is the document's own date");
  }

  @Test
  void oldDesignPagesGiveNoDates() {
    assertTrue(LanguageDates.read(Fixtures.read("golden/imlygic-2019-old-design.html")).isEmpty());
    assertTrue(LanguageDates.read(null).isEmpty());
  }
}

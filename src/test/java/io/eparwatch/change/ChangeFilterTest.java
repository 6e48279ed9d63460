package io.eparwatch.change;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eparwatch.snapshot.Source;
import io.quarkus.panache.common.Parameters;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChangeFilterTest {

  static ChangeEvent imlygicUpdate() {
    ChangeEvent event = new ChangeEvent();
    event.product = "imlygic";
    event.productNumber = "EMEA/H/C/002771";
    event.type = ChangeType.DOCUMENT_UPDATED;
    event.atcCode = "L01XX51";
    event.holder = "Amgen Europe B.V.";
    event.sources = "page,export";
    return event;
  }

  @Test
  void anyMatchesEverything() {
    assertTrue(ChangeFilter.of(null, List.of(), " ", null, "").isAny());
    assertTrue(ChangeFilter.ANY.matches(imlygicUpdate()));
  }

  @Test
  void partsCombineWithAndValuesWithOr() {
    ChangeFilter filter =
        ChangeFilter.of(
            List.of("kymriah", "EMEA/H/C/002771"),
            List.of("document_updated", "FIELD_CHANGED"),
            "l01",
            "AMGEN",
            "export");
    assertTrue(filter.matches(imlygicUpdate()));
    ChangeEvent other = imlygicUpdate();
    other.holder = "Novartis";
    assertFalse(filter.matches(other));
    ChangeEvent pageOnly = imlygicUpdate();
    pageOnly.sources = "page";
    assertFalse(filter.matches(pageOnly));
    ChangeEvent noAtc = imlygicUpdate();
    noAtc.atcCode = null;
    assertFalse(filter.matches(noAtc));
    assertFalse(ChangeFilter.of(List.of("suboxone"), null, null, null, null).matches(other));
  }

  @Test
  void unknownValuesAreRefusedInWords() {
    assertEquals(
        "Unknown source \"web\": use page or export.",
        assertThrows(
                ChangeFilter.Invalid.class, () -> ChangeFilter.of(null, null, null, null, "web"))
            .getMessage());
    assertTrue(
        assertThrows(
                ChangeFilter.Invalid.class,
                () -> ChangeFilter.of(null, List.of("DOCUMENT_EATEN"), null, null, null))
            .getMessage()
            .startsWith("Unknown change type \"DOCUMENT_EATEN\""));
    assertThrows(ChangeFilter.Invalid.class, () -> ChangeFilter.of(null, null, "1L", null, null));
    assertThrows(
        ChangeFilter.Invalid.class, () -> ChangeFilter.of(null, null, null, "Amgen\r\nBcc:", null));
    assertThrows(
        ChangeFilter.Invalid.class,
        () -> ChangeFilter.of(List.of("x".repeat(201)), null, null, null, null));
  }

  @Test
  void asQueryEscapesLikeWildcardsInTheHolder() {
    Parameters params = new Parameters();
    String where = ChangeFilter.of(null, null, null, "100%_A\\", "page").where(params);
    assertEquals(
        "1 = 1 and lower(holder) like :fHolder escape '\\' and sources like :fSource", where);
    assertEquals("%100\\%\\_a\\\\%", params.map().get("fHolder"));
    assertEquals(Source.PAGE.label(), ((String) params.map().get("fSource")).replace("%", ""));
  }
}

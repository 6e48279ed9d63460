package io.eparwatch.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eparwatch.change.Change;
import io.eparwatch.change.ChangeType;
import io.eparwatch.change.EparDiffer;
import io.eparwatch.epar.EparPage;
import io.eparwatch.epar.EparPageParser;
import io.eparwatch.epar.ParseResult;
import io.eparwatch.snapshot.ContentFingerprint;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The scale benchmark's pages mean what its rounds claim: same content, or a real change. */
class SyntheticEparPagesTest {

  private static final SyntheticEparPages PAGES = new SyntheticEparPages();
  private final EparPageParser parser = new EparPageParser();

  @Test
  void eachProductIsAnEparPageOfItsOwn() {
    EparPage first = parse(0, false, false);
    EparPage last = parse(2_699, false, false);
    assertEquals(SyntheticEparPages.name(0), first.name());
    assertEquals(SyntheticEparPages.productNumber(2_699), last.productNumber());
    assertNotEquals(first.documents().get(0).url(), last.documents().get(0).url());
    assertEquals(
        2_700,
        java.util.stream.IntStream.range(0, 2_700)
            .mapToObj(SyntheticEparPages::slug)
            .distinct()
            .count());
  }

  @Test
  void reRenderingKeepsTheContent() {
    for (boolean changed : new boolean[] {false, true}) {
      byte[] plain = PAGES.page(7, changed, false);
      byte[] rerendered = PAGES.page(7, changed, true);
      assertNotEquals(
          new String(plain, StandardCharsets.UTF_8),
          new String(rerendered, StandardCharsets.UTF_8));
      assertEquals(
          ContentFingerprint.of(parse(7, changed, false)),
          ContentFingerprint.of(parse(7, changed, true)));
      assertEquals(
          List.of(), new EparDiffer().diff(parse(7, changed, false), parse(7, changed, true)));
    }
  }

  @Test
  void theChangeIsADocumentDateATranslationAndTheIndication() {
    List<Change> changes = new EparDiffer().diff(parse(3, false, false), parse(3, true, false));
    Set<ChangeType> types = changes.stream().map(Change::type).collect(Collectors.toSet());
    assertTrue(types.contains(ChangeType.TRANSLATION_ADDED), changes::toString);
    assertTrue(types.contains(ChangeType.DOCUMENT_UPDATED), changes::toString);
    assertTrue(
        changes.stream().anyMatch(c -> c.type() == ChangeType.FIELD_CHANGED && c.diff() != null),
        changes::toString);
  }

  private EparPage parse(int index, boolean changed, boolean rerendered) {
    String url =
        "https://www.ema.europa.eu/en/medicines/human/EPAR/" + SyntheticEparPages.slug(index);
    ParseResult result =
        parser.parse(PAGES.page(index, changed, rerendered), StandardCharsets.UTF_8, url);
    assertTrue(result instanceof ParseResult.Parsed, result::toString);
    return ((ParseResult.Parsed) result).page();
  }
}

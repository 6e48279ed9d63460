package io.eparwatch.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.eparwatch.change.Change;
import io.eparwatch.change.ChangeType;
import io.eparwatch.change.EparDiffer;
import io.eparwatch.epar.EparPage;
import io.eparwatch.epar.EparPageParser;
import io.eparwatch.epar.ParseResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The demo must show what it promises: each version differs from the last as described. */
class DemoScenarioTest {

  private static final String IMLYGIC = "/en/medicines/human/EPAR/imlygic";
  private static final String SUBOXONE = "/en/medicines/human/EPAR/suboxone";
  private static final String KYMRIAH = "/en/medicines/human/EPAR/kymriah";
  private static final String TYRUKO = "/en/medicines/human/EPAR/tyruko";
  private static final String BASE = "http://127.0.0.1:8089";
  private final DemoScenario scenario = DemoScenario.load();
  private final EparPageParser parser = new EparPageParser();
  private final EparDiffer differ = new EparDiffer();

  @Test
  void servesFourProductsAndWatchesTwo() {
    assertEquals(List.of(IMLYGIC, SUBOXONE, KYMRIAH, TYRUKO), scenario.paths());
    assertEquals(List.of(IMLYGIC, SUBOXONE), scenario.watchedPaths());
    assertEquals(null, scenario.page("/en/medicines/human/EPAR/unknown", 0));
  }

  @Test
  void theUnwatchedProductsAreTheirOwnPagesAndChangeToo() {
    EparPage kymriah = page(KYMRIAH, 0);
    assertEquals("Kymriah", kymriah.name());
    assertEquals("EMEA/H/C/004090", kymriah.productNumber());
    assertEquals("Novartis Europharm Limited", kymriah.marketingAuthorisationHolder());
    assertEquals("EMEA/H/C/005752", page(TYRUKO, 0).productNumber());
    List<Change> revised = diff(KYMRIAH, 1, 2);
    assertEquals("revision", revised.get(0).field());
    assertEquals(List.of(), diff(KYMRIAH, 0, 1));
  }

  @Test
  void firstRevisionUpdatesTheProductInformation() {
    assertEquals(
        List.of(
            ChangeType.FIELD_CHANGED,
            ChangeType.FIELD_CHANGED,
            ChangeType.FIELD_CHANGED,
            ChangeType.DOCUMENT_UPDATED,
            ChangeType.DOCUMENT_UPDATED,
            ChangeType.DOCUMENT_UPDATED),
        types(diff(IMLYGIC, 0, 1)));
  }

  @Test
  void secondRevisionAddsAReportAndATranslation() {
    List<Change> changes = diff(IMLYGIC, 1, 2);
    assertEquals(List.of(ChangeType.TRANSLATION_ADDED, ChangeType.DOCUMENT_ADDED), types(changes));
    assertEquals("is", changes.get(0).language());
  }

  @Test
  void thenAMaintenancePageThenARemoval() {
    assertInstanceOf(
        ParseResult.NotEparPage.class, parser.parse(scenario.page(IMLYGIC, 3), BASE + IMLYGIC));
    assertEquals(List.of(ChangeType.DOCUMENT_REMOVED), types(diff(IMLYGIC, 2, 4)));
  }

  @Test
  void theVersionsPlayInACycleSoTheDemoKeepsChanging() {
    assertEquals(scenario.page(IMLYGIC, 0), scenario.page(IMLYGIC, 5));
    assertEquals(scenario.page(IMLYGIC, 1), scenario.page(IMLYGIC, 5 * 1000 + 1));
    assertEquals(
        List.of(ChangeType.FIELD_CHANGED, ChangeType.FIELD_CHANGED, ChangeType.FIELD_CHANGED),
        types(diff(IMLYGIC, 4, 5)).subList(0, 3));
    assertEquals(scenario.page(SUBOXONE, 0), scenario.page(SUBOXONE, 3));
  }

  private List<Change> diff(String path, int from, int to) {
    return differ.diff(page(path, from), page(path, to));
  }

  private EparPage page(String path, int version) {
    return assertInstanceOf(
            ParseResult.Parsed.class, parser.parse(scenario.page(path, version), BASE + path))
        .page();
  }

  private static List<ChangeType> types(List<Change> changes) {
    return changes.stream().map(Change::type).toList();
  }
}

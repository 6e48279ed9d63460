package io.eparwatch.epar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eparwatch.testing.Fixtures;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One unreadable document entry never moves another document. Each golden page (both designs) is
 * rebuilt in four container layouts; in each, every document's English link in turn is broken in
 * five ways. Every other document must parse exactly as in the intact golden JSON, the broken one
 * is left out and reported in the parse result's problems.
 */
class UnreadableDocumentEntryTest {

  private final EparPageParser parser = new EparPageParser();

  /** The golden pages: current design (authorised and withdrawn) and the 2018–2023 design. */
  enum Golden {
    CURRENT("imlygic-current", "imlygic", "div.bcl-file"),
    WITHDRAWN("suboxone-withdrawn", "suboxone", "div.bcl-file"),
    OLD_DESIGN("imlygic-2019-old-design", "imlygic", "li.ema-list-item--file");

    final String file;
    final String url;
    final String entrySelector;

    Golden(String file, String slug, String entrySelector) {
      this.file = file;
      this.url = "https://www.ema.europa.eu/en/medicines/human/EPAR/" + slug;
      this.entrySelector = entrySelector;
    }
  }

  /** How the entries of a section sit in the page. */
  enum Layout {
    /** As designed: one wrapper per entry (some sections also have a list container). */
    WRAPPER_PER_ENTRY,
    /** One list container per section, classed "ema-files"; the entries' wrappers carry no hint. */
    ONE_LIST_CONTAINER,
    /** Every entry wrapped twice more. */
    NESTED_WRAPPERS,
    /** No wrapper at all: the parts of all entries side by side in the section. */
    NONE
  }

  /** Ways an English link can be unreadable. */
  enum Breakage {
    LINK_MISSING(anchor -> anchor.remove()),
    NO_HREF(anchor -> anchor.removeAttr("href")),
    JAVASCRIPT(anchor -> anchor.attr("href", "javascript:void(0)")),
    OFF_HOST(anchor -> anchor.attr("href", "https://files.example.org" + anchor.attr("href"))),
    UNRECOGNISED(anchor -> anchor.attr("href", "/en/documents/overview/"));

    final Consumer<Element> apply;

    Breakage(Consumer<Element> apply) {
      this.apply = apply;
    }
  }

  static Stream<Arguments> cases() {
    List<Arguments> cases = new ArrayList<>();
    for (Golden golden : Golden.values()) {
      for (Layout layout : Layout.values()) {
        for (Breakage breakage : Breakage.values()) {
          cases.add(Arguments.of(golden, layout, breakage));
        }
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} {1}: intact layout parses as the golden file")
  @MethodSource("layouts")
  void everyLayoutOfTheIntactPageParsesAsTheGoldenFile(Golden golden, Layout layout) {
    EparPage expected = EparJson.read(Fixtures.read("golden/" + golden.file + ".json"));
    ParseResult.Parsed parsed = parsed(laidOut(golden, layout).outerHtml(), golden);

    assertEquals(EparJson.writePretty(expected), EparJson.writePretty(parsed.page()));
    assertEquals(List.of(), parsed.problems());
  }

  static Stream<Arguments> layouts() {
    return Stream.of(Golden.values())
        .flatMap(golden -> Stream.of(Layout.values()).map(layout -> Arguments.of(golden, layout)));
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("cases")
  void aBrokenEnglishLinkLeavesEveryOtherDocumentAsItWas(
      Golden golden, Layout layout, Breakage breakage) {
    EparPage intact = EparJson.read(Fixtures.read("golden/" + golden.file + ".json"));
    for (EparDocument broken : intact.documents()) {
      Document page = laidOut(golden, layout);
      breakage.apply.accept(englishLink(page, broken));

      ParseResult.Parsed parsed = parsed(page.outerHtml(), golden);

      String context = golden + " " + layout + " " + breakage + " breaking " + broken.url();
      Map<String, String> expected = byKey(intact.documents());
      expected.remove(broken.key());
      assertEquals(expected, byKey(parsed.page().documents()), context);
      assertEquals(1, parsed.problems().size(), context + ": " + parsed.problems());
      assertTrue(
          parsed.problems().get(0).contains("Document entry skipped"),
          context + ": " + parsed.problems());
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("layouts")
  void aQuarterOfTheEntriesUnreadableMakesThePageUnreliable(Golden golden, Layout layout) {
    EparPage intact = EparJson.read(Fixtures.read("golden/" + golden.file + ".json"));
    Document page = laidOut(golden, layout);
    int broken = (intact.documents().size() + 3) / 4;
    for (EparDocument document : intact.documents().subList(0, broken)) {
      Breakage.JAVASCRIPT.apply.accept(englishLink(page, document));
    }

    ParseResult result = parser.parse(page.outerHtml(), golden.url);

    ParseResult.Unreliable unreliable =
        assertInstanceOf(ParseResult.Unreliable.class, result, result::toString);
    assertTrue(unreliable.reason().contains(broken + " of "), unreliable.reason());
    assertEquals(intact.documents().size() - broken, unreliable.page().documents().size());
  }

  private ParseResult.Parsed parsed(String html, Golden golden) {
    ParseResult result = parser.parse(html, golden.url);
    return assertInstanceOf(ParseResult.Parsed.class, result, result::toString);
  }

  /** Each document as its JSON, by key: the whole document must be unchanged, order included. */
  private static Map<String, String> byKey(List<EparDocument> documents) {
    Map<String, String> byKey = new LinkedHashMap<>();
    documents.forEach(document -> byKey.put(document.key(), EparJson.write(document)));
    return byKey;
  }

  private static Element englishLink(Document page, EparDocument document) {
    String path = document.url().substring("https://www.ema.europa.eu".length());
    Element anchor = page.selectFirst("a[href=\"" + path + "\"]");
    if (anchor == null) {
      throw new IllegalArgumentException("no English link " + path);
    }
    return anchor;
  }

  static Document laidOut(Golden golden, Layout layout) {
    Document page = Jsoup.parse(Fixtures.read("golden/" + golden.file + ".html"), golden.url);
    List<Element> entries = page.select(golden.entrySelector);
    switch (layout) {
      case WRAPPER_PER_ENTRY -> {}
      case ONE_LIST_CONTAINER -> oneListContainer(golden, entries);
      case NESTED_WRAPPERS ->
          entries.forEach(
              entry ->
                  entry.wrap("<div class=\"ema-file-wrapper\"><div class=\"entry\"></div></div>"));
      case NONE -> entries.forEach(entry -> unwrapAll(golden, entry));
    }
    return page;
  }

  /**
   * The only "file" hint is on the section's list container: entries keep a wrapper, but one
   * without a hint, so a container-wide reading would merge them.
   */
  private static void oneListContainer(Golden golden, List<Element> entries) {
    for (Element entry : entries) {
      Element parent = entry.parent();
      if (!parent.hasClass("ema-files") && !parent.hasClass("ema-files-list")) {
        Element container = new Element("div").addClass("ema-files");
        entry.before(container);
        for (Element sibling : new ArrayList<>(parent.children())) {
          if (sibling.is(golden.entrySelector)) {
            container.appendChild(sibling);
          }
        }
      }
    }
    for (Element entry : entries) {
      entry.attr("class", "entry");
      entry.select("div.ecl-file, div.ecl-file__container").attr("class", "entry-part");
    }
  }

  /** The entry's wrappers (and a list around it) removed: its parts become siblings. */
  private static void unwrapAll(Golden golden, Element entry) {
    if (golden == Golden.OLD_DESIGN) {
      Element list = entry.parent();
      entry.select("div.ecl-file__container").forEach(Element::unwrap);
      entry.select("div.ecl-file").forEach(Element::unwrap);
      entry.unwrap();
      if (list != null && list.is("ul.ema-files-list") && list.children().isEmpty()) {
        list.remove();
      } else if (list != null && list.is("ul.ema-files-list")) {
        list.unwrap();
      }
    } else {
      entry.unwrap();
    }
  }
}

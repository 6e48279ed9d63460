package io.eparwatch.epar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.eparwatch.testing.Fixtures;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The parser anchors on meaning: renamed classes, .pdf-N uploads and time elements. */
class EparPageParserRobustnessTest {

  private static final Pattern CLASS_ATTRIBUTE = Pattern.compile("class=\"([^\"]*)\"");
  private final EparPageParser parser = new EparPageParser();

  @Test
  void currentDesignWithRenamedClassesYieldsTheSameModel() {
    String original = Fixtures.read("golden/imlygic-current.html");
    String renamed = renameHintClasses(original);
    assertFalse(
        renamed.contains("bcl-file")
            || renamed.contains("file-title")
            || renamed.contains("status-title"));

    EparPage expected = EparJson.read(Fixtures.read("golden/imlygic-current.json"));
    assertEquals(
        EparJson.writePretty(expected), EparJson.writePretty(parse(renamed, Fixtures.IMLYGIC_URL)));
  }

  @Test
  void documentsAreReadFromTheOriginThePageCameFrom() {
    String loopback = "http://127.0.0.1:8089/en/medicines/human/EPAR/imlygic";
    EparPage page = parse(Fixtures.read("golden/imlygic-current.html"), loopback);

    assertEquals(10, page.documents().size());
    assertEquals(
        "http://127.0.0.1:8089/en/documents/product-information/imlygic-epar-product-information_en.pdf",
        page.documents().stream()
            .filter(d -> "product-information".equals(d.type()))
            .findFirst()
            .orElseThrow()
            .url());
  }

  @Test
  void documentFoldersOfOtherSitesAreNotDocuments() {
    String html =
        Fixtures.read("golden/imlygic-current.html")
            .replace(
                "href=\"/en/documents/rmp/imlygic-epar-risk-management-plan_en.pdf\"",
                "href=\"https://ec.europa.eu/en/documents/rmp/imlygic-epar-risk-management-plan_en.pdf\"");

    assertEquals(9, parse(html, Fixtures.IMLYGIC_URL).documents().size());
  }

  @Test
  void documentWhoseEnglishUrlEndsInPdfDashZeroKeepsItsUrlAndGroupsItsTranslations() {
    EparPage page =
        parse(
            Fixtures.read("golden/suboxone-withdrawn.html"),
            "https://www.ema.europa.eu/en/medicines/human/EPAR/suboxone");

    EparDocument conclusion =
        page.documents().stream()
            .filter(document -> document.url().endsWith(".pdf-0"))
            .findFirst()
            .orElseThrow();
    assertEquals(
        "https://www.ema.europa.eu/en/documents/scientific-conclusion/"
            + "suboxone-h-c-psusa-00002113-202309-epar-scientific-conclusions-grounds-variation-terms-marketing-authorisation_en.pdf-0",
        conclusion.url());
    assertEquals(
        "/documents/scientific-conclusion/"
            + "suboxone-h-c-psusa-00002113-202309-epar-scientific-conclusions-grounds-variation-terms-marketing-authorisation.pdf",
        conclusion.key());
    assertEquals(List.of("bg", "de", "en"), conclusion.languages());
    assertEquals(LocalDate.of(2024, 7, 24), conclusion.firstPublished());
    assertNull(
        conclusion.lastUpdated(),
        "the German translation's later date must not leak into the English file");
  }

  @Test
  void timeDatetimeIsPreferredOverTheDisplayedText() {
    String html =
        "<!DOCTYPE html><html><head><title>Testa</title></head><body><main>"
            + "<h1>Testa</h1><dl><dt>EMA product number</dt><dd>EMEA/H/C/009999</dd>"
            + "<dt>Opinion adopted</dt><dd><time datetime=\"2015-07-23T12:00:00Z\">24/07/2015</time></dd></dl>"
            + "<h2>Product information</h2>"
            + "<div><p>Testa : EPAR - Product Information</p><p>English (EN) (1 MB - PDF)</p>"
            + "<small>First published: <time datetime=\"2016-02-05T12:00:00Z\">06/02/2016</time></small>"
            + "<small>Last updated: <time datetime=\"2025-10-06T12:00:00Z\">07/10/2025</time></small>"
            + "<a href=\"/en/documents/product-information/testa-epar-product-information_en.pdf\">View</a></div>"
            + "<p>This page was last updated on <time datetime=\"2025-10-06T12:00:00Z\">08/10/2025</time></p>"
            + "</main></body></html>";

    EparPage page = parse(html, "https://www.ema.europa.eu/en/medicines/human/EPAR/testa");

    assertEquals(LocalDate.of(2015, 7, 23), page.opinionAdopted());
    assertEquals(LocalDate.of(2025, 10, 6), page.pageLastUpdated());
    EparDocument document = page.documents().get(0);
    assertEquals(LocalDate.of(2016, 2, 5), document.firstPublished());
    assertEquals(LocalDate.of(2025, 10, 6), document.lastUpdated());
    assertEquals(1024L * 1024, document.sizeBytes());
    assertEquals("Product information", document.section());
    assertEquals("Testa : EPAR - Product Information", document.title());
  }

  @Test
  void siteChromeLinksAreNotDocuments() {
    EparPage page = parse(Fixtures.read("golden/imlygic-current.html"), Fixtures.IMLYGIC_URL);

    assertFalse(
        page.documents().stream()
            .anyMatch(document -> document.url().contains("/documents/other/")));
    assertFalse(
        page.documents().stream()
            .anyMatch(document -> document.url().contains("/documents/report/")));
  }

  private EparPage parse(String html, String url) {
    ParseResult result = parser.parse(html, url);
    return assertInstanceOf(ParseResult.Parsed.class, result, result::toString).page();
  }

  /** Renames every class token that the parser could use as a hint (bcl-*, file-*, *status*). */
  static String renameHintClasses(String html) {
    Matcher classes = CLASS_ATTRIBUTE.matcher(html);
    return classes.replaceAll(
        match -> Matcher.quoteReplacement("class=\"" + renameTokens(match.group(1)) + "\""));
  }

  private static String renameTokens(String classValue) {
    StringBuilder renamed = new StringBuilder();
    for (String token : classValue.trim().split("\\s+")) {
      boolean hint =
          token.startsWith("bcl-")
              || token.startsWith("file-")
              || token.contains("file")
              || token.contains("status");
      renamed
          .append(renamed.length() == 0 ? "" : " ")
          .append(hint ? "zz" + Integer.toHexString(token.hashCode()) : token);
    }
    return renamed.toString();
  }
}

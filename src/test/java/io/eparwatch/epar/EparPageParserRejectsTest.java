package io.eparwatch.epar;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eparwatch.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Bodies that are not (whole) EPAR pages must never be parsed into a model: they would be false
 * changes.
 */
class EparPageParserRejectsTest {

  private final EparPageParser parser = new EparPageParser();

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "empty.html, Empty body, https://www.ema.europa.eu/en/medicines/human/EPAR/imlygic",
    "blank.html, Empty body, https://www.ema.europa.eu/en/medicines/human/EPAR/imlygic",
    "maintenance.html, neither an EMA product number nor any EMA document link, https://www.ema.europa.eu/en/medicines/human/EPAR/imlygic",
    "login.html, neither an EMA product number nor any EMA document link, https://login.ema.europa.eu/idp/login",
    "foreign-site.html, neither an EMA product number nor any EMA document link, https://ec.europa.eu/health/documents/community-register/html/h1064.htm",
  })
  void rejectsFixture(String fixture, String reasonPart, String url) {
    assertRejected(parser.parse(Fixtures.read("pages/" + fixture), url), reasonPart);
  }

  @Test
  void rejectsNullBody() {
    assertRejected(parser.parse(null, Fixtures.IMLYGIC_URL), "Empty body");
  }

  @Test
  void rejectsTruncatedBody() {
    String page = Fixtures.read("golden/imlygic-current.html");

    assertRejected(
        parser.parse(page.substring(0, page.length() / 2), Fixtures.IMLYGIC_URL), "Truncated body");
    String withoutEnd = page.substring(0, page.toLowerCase().lastIndexOf("</html>"));
    assertRejected(parser.parse(withoutEnd, Fixtures.IMLYGIC_URL), "Truncated body");
  }

  @Test
  void rejectsPageWithoutNameHeading() {
    String page = Fixtures.read("golden/imlygic-current.html").replaceAll("(?s)<h1.*?</h1>", "");

    assertRejected(parser.parse(page, Fixtures.IMLYGIC_URL), "No medicine name");
  }

  private static void assertRejected(ParseResult result, String reasonPart) {
    ParseResult.NotEparPage rejected =
        assertInstanceOf(ParseResult.NotEparPage.class, result, result::toString);
    assertTrue(rejected.reason().contains(reasonPart), rejected.reason());
  }
}

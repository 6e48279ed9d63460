package io.eparwatch.epar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.eparwatch.testing.Fixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Golden files: each fixture page parses to exactly the hand-written model beside it. */
class EparPageParserTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final EparPageParser parser = new EparPageParser();

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "imlygic-current, https://www.ema.europa.eu/en/medicines/human/EPAR/imlygic",
    "imlygic-2019-old-design, https://www.ema.europa.eu/en/medicines/human/EPAR/imlygic",
    "suboxone-withdrawn, https://www.ema.europa.eu/en/medicines/human/EPAR/suboxone",
  })
  void parsesGoldenPage(String name, String pageUrl) throws Exception {
    ParseResult result = parser.parse(Fixtures.read("golden/" + name + ".html"), pageUrl);

    EparPage page =
        assertInstanceOf(ParseResult.Parsed.class, result, () -> result.toString()).page();
    JsonNode expected = JSON.readTree(Fixtures.read("golden/" + name + ".json"));
    JsonNode actual = JSON.readTree(EparJson.writePretty(page));
    assertEquals(expected.toPrettyString(), actual.toPrettyString(), name);
  }
}

package io.eparwatch.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EmaUrlsTest {

  private final EmaUrls urls = new EmaUrls(URI.create("https://www.ema.europa.eu"));

  @ParameterizedTest
  @CsvSource({
    "https://www.ema.europa.eu/en/medicines/human/EPAR/keytruda, human, keytruda",
    "https://www.ema.europa.eu/medicines/human/EPAR/keytruda, human, keytruda",
    "https://www.ema.europa.eu/en/medicines/human/epar/keytruda/, human, keytruda",
    "http://WWW.EMA.EUROPA.EU/en/medicines/veterinary/EPAR/bravecto, veterinary, bravecto-veterinary",
    "https://www.ema.europa.eu:443/en/medicines/human/Epar/comirnaty?tab=docs#top, human, comirnaty",
    "'  https://www.ema.europa.eu/en/medicines/human/EPAR/abc-123  ', human, abc-123",
  })
  void acceptsEparPagesAndCanonicalisesThem(String input, String kind, String slug) {
    UrlCheck.Valid valid = assertInstanceOf(UrlCheck.Valid.class, urls.validate(input));
    assertEquals(slug, valid.slug());
    String name = slug.replace(EmaUrls.VETERINARY_SUFFIX, "");
    assertEquals(
        URI.create("https://www.ema.europa.eu/en/medicines/" + kind + "/EPAR/" + name),
        valid.canonicalUrl());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "''                                                               | URL is empty",
        "https://www.ema.europa.eu/en/medicines/human/EPAR/a b            | malformed URL",
        "http://[bad/en/medicines/human/EPAR/x                            | malformed URL",
        "www.ema.europa.eu/en/medicines/human/EPAR/keytruda               | malformed URL",
        "ftp://www.ema.europa.eu/en/medicines/human/EPAR/keytruda         | unsupported scheme 'ftp'",
        "file:///etc/passwd                                               | unsupported scheme 'file'",
        "https://evil.example/en/medicines/human/EPAR/keytruda            | host 'evil.example' is not the EMA host",
        "https://www.ema.europa.eu.evil.example/en/medicines/human/EPAR/k | is not the EMA host",
        "https://www.ema.europa.eu@evil.example/en/medicines/human/EPAR/k | credentials in the URL",
        "https://www.ema.europa.eu:8443/en/medicines/human/EPAR/keytruda  | port 8443 is not the EMA port 443",
        "https://www.ema.europa.eu/en/medicines/human/EPAR/Keytruda       | not an EPAR page",
        "https://www.ema.europa.eu/en/medicines/human/EPAR/               | not an EPAR page",
        "https://www.ema.europa.eu/en/medicines/animal/EPAR/keytruda      | not an EPAR page",
        "https://www.ema.europa.eu/en/medicines/human/EPAR/a/b            | not an EPAR page",
        "https://www.ema.europa.eu/fr/medicines/human/EPAR/keytruda       | not an EPAR page",
        "https://www.ema.europa.eu/en/medicines/human/EPAR/a%2Fb          | not an EPAR page",
        "https://www.ema.europa.eu/en/news                                | not an EPAR page",
      })
  void refusesEverythingElseWithAClearReason(String input, String expectedMessage) {
    UrlCheck.Invalid invalid = assertInstanceOf(UrlCheck.Invalid.class, urls.validate(input));
    assertTrue(
        invalid.error().contains(expectedMessage),
        () -> "'" + invalid.error() + "' should contain '" + expectedMessage + "'");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://www.ema.europa.eu/anything",
        "https://WWW.ema.europa.eu:443/robots.txt",
      })
  void emaHostIsRecognised(String uri) {
    assertTrue(urls.isEmaHost(URI.create(uri)));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://www.ema.europa.eu/downgraded-to-port-80",
        "https://www.ema.europa.eu:8443/",
        "https://evil.example/",
        "https://user@www.ema.europa.eu/",
        "ftp://www.ema.europa.eu/",
        "/relative/path",
      })
  void everyOtherTargetIsForeign(String uri) {
    assertFalse(urls.isEmaHost(URI.create(uri)));
  }

  @org.junit.jupiter.api.Test
  void loopbackBaseWithPortBuildsCanonicalUrlsOnThatPort() {
    EmaUrls local = new EmaUrls(URI.create("http://127.0.0.1:8089/"));
    UrlCheck.Valid valid =
        assertInstanceOf(
            UrlCheck.Valid.class, local.validate("http://127.0.0.1:8089/medicines/human/EPAR/x"));
    assertEquals(
        URI.create("http://127.0.0.1:8089/en/medicines/human/EPAR/x"), valid.canonicalUrl());
    assertEquals(URI.create("http://127.0.0.1:8089/robots.txt"), local.robotsUrl());
    assertInstanceOf(
        UrlCheck.Invalid.class, local.validate("http://127.0.0.1:9999/medicines/human/EPAR/x"));
  }

  @org.junit.jupiter.api.Test
  void aPageNameLongerThanTheSlugColumnIsRefusedWithItsLimit() {
    String base = "https://www.ema.europa.eu/en/medicines/";
    String longest = "a".repeat(EmaUrls.MAX_SLUG_LENGTH);
    assertInstanceOf(UrlCheck.Valid.class, urls.validate(base + "human/EPAR/" + longest));
    for (String url :
        new String[] {base + "human/EPAR/" + longest + "a", base + "veterinary/EPAR/" + longest}) {
      UrlCheck.Invalid invalid = assertInstanceOf(UrlCheck.Invalid.class, urls.validate(url));
      assertTrue(invalid.error().contains("longer than"), invalid.error());
    }
  }

  @org.junit.jupiter.api.Test
  void humanAndVeterinaryPagesOfTheSameNameHaveDistinctSlugs() {
    String base = "https://www.ema.europa.eu/en/medicines/";
    UrlCheck.Valid human = (UrlCheck.Valid) urls.validate(base + "human/EPAR/x");
    UrlCheck.Valid veterinary = (UrlCheck.Valid) urls.validate(base + "veterinary/EPAR/x");
    assertEquals("x", human.slug());
    assertEquals("x-veterinary", veterinary.slug());
  }
}

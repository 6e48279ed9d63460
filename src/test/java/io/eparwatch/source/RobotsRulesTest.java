package io.eparwatch.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RobotsRulesTest {

  private static final String ROBOTS =
      String.join(
          "\n",
          "# EMA-like robots.txt",
          "User-agent: *",
          "Disallow: /search",
          "Disallow: /*.pdf$",
          "Allow: /en/documents/*.pdf$",
          "Disallow: /en/medicines/*?page=",
          "",
          "User-agent: BadBot",
          "User-agent: EPARWatch   # us",
          "Disallow: /en/admin",
          "Allow: /en/admin/public",
          "Disallow: /en/medicines/veterinary/",
          "Allow: /en/medicines/veterinary/EPAR/",
          "Sitemap: https://www.ema.europa.eu/sitemap.xml");

  @ParameterizedTest
  @CsvSource({
    "/en/medicines/human/EPAR/keytruda,          true",
    "/en/admin/settings,                         false",
    "/en/admin/public/page,                      true",
    "/en/medicines/veterinary/other,             false",
    "/en/medicines/veterinary/EPAR/bravecto,     true",
    "/search,                                    true",
    "/robots.txt,                                true",
  })
  void ourGroupReplacesTheStarGroup(String path, boolean allowed) {
    assertEquals(allowed, RobotsRules.parse(ROBOTS, "eparwatch").allows(path));
  }

  @ParameterizedTest
  @CsvSource({
    "/en/medicines/human/EPAR/keytruda,          true",
    "/search?q=x,                                false",
    "/files/leaflet.pdf,                         false",
    "/files/leaflet.pdf?download=1,              true",
    "/en/documents/epar/summary.pdf,             true",
    "/en/medicines/human/EPAR/x?page=2,          false",
    "/en/admin/settings,                         true",
  })
  void otherAgentsGetTheStarGroupWithWildcardsAndAnchors(String path, boolean allowed) {
    assertEquals(allowed, RobotsRules.parse(ROBOTS, "OtherBot").allows(path));
  }

  @Test
  void onATieAllowWins() {
    RobotsRules rules = RobotsRules.parse("User-agent: *\nDisallow: /page\nAllow: /page\n", "x");

    assertTrue(rules.allows("/page"));
  }

  @Test
  void anEmptyDisallowAndAnEmptyFileAllowEverything() {
    assertTrue(RobotsRules.parse("User-agent: *\nDisallow:\n", "x").allows("/anything"));
    assertTrue(RobotsRules.parse("", "x").allows("/anything"));
  }

  @Test
  void ourGroupWithoutRulesStillShadowsTheStarGroup() {
    String text = "User-agent: *\nDisallow: /\n\nUser-agent: EPARWatch\nDisallow:\n";
    RobotsRules rules = RobotsRules.parse(text, "EPARWatch");

    assertTrue(rules.allows("/en/medicines/human/EPAR/x"));
  }

  @Test
  void groupsNamingUsAreMerged() {
    String text =
        "User-agent: eparwatch\nDisallow: /a\n\nUser-agent: other\nDisallow: /b\n\n"
            + "User-agent: EPARWATCH\nDisallow: /c\n";
    RobotsRules rules = RobotsRules.parse(text, "EPARWatch");

    assertFalse(rules.allows("/a"));
    assertTrue(rules.allows("/b"));
    assertFalse(rules.allows("/c/d"));
  }

  @Test
  void disallowAllBlocksEverythingButRobotsTxt() {
    assertFalse(RobotsRules.disallowAll().allows("/"));
    assertFalse(RobotsRules.disallowAll().allows("/en/medicines/human/EPAR/x"));
    assertTrue(RobotsRules.disallowAll().allows("/robots.txt"));
  }

  @Test
  void productTokenIsTheNameOfTheUserAgent() {
    assertEquals("EPARWatch", PageFetcher.productToken(TestFetchConfig.USER_AGENT));
    assertEquals("bot", PageFetcher.productToken("bot"));
  }
}

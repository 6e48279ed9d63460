package io.eparwatch.epar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DocumentKeysTest {

  private static final String KEY = "/documents/overview/imlygic-epar-summary-public.pdf";

  @Test
  void keyIsTheSameForEveryLanguageAndUpload() {
    assertEquals(
        KEY,
        DocumentKeys.of(
            "https://www.ema.europa.eu/en/documents/overview/imlygic-epar-summary-public_en.pdf"));
    assertEquals(
        KEY, DocumentKeys.of("/bg/documents/overview/imlygic-epar-summary-public_bg.pdf-1"));
    assertEquals(
        KEY,
        DocumentKeys.of(
            "https://www.ema.europa.eu/en/documents/overview/imlygic-epar-summary-public_en.pdf-0"));
  }

  @Test
  void languageFromPrefixElseSuffix() {
    assertEquals(
        "bg", DocumentKeys.languageOf("/bg/documents/overview/imlygic-epar-summary-public_bg.pdf"));
    assertEquals(
        "de", DocumentKeys.languageOf("/documents/overview/imlygic-epar-summary-public_de.pdf-0"));
    assertNull(DocumentKeys.languageOf("/documents/overview/imlygic-epar-summary-public.pdf"));
  }

  @Test
  void urlsThatJavaNetUriRejectsStillYieldPathKeyAndLanguage() {
    String url =
        "https://www.ema.europa.eu/en/documents/overview/imlygic-epar-summary-public_en.pdf?a=|b#x";

    assertEquals(KEY, DocumentKeys.of(url));
    assertEquals("en", DocumentKeys.languageOf(url));
    assertTrue(DocumentKeys.isDocumentLink(url));
  }

  @Test
  void onlyEmaDocumentFilesAreDocumentLinks() {
    assertTrue(
        DocumentKeys.isDocumentLink(
            "https://www.ema.europa.eu/en/documents/rmp/imlygic-epar-risk-management-plan_en.pdf"));
    assertTrue(
        DocumentKeys.isDocumentLink("/documents/rmp/imlygic-epar-risk-management-plan_en.pdf"));
    assertFalse(
        DocumentKeys.isDocumentLink(
            "https://ec.europa.eu/health/documents/community-register/2015/20151216133531/anx_133531_en.pdf"));
    assertFalse(DocumentKeys.isDocumentLink("https://www.ema.europa.eu/en/search?q=/documents/"));
    assertFalse(DocumentKeys.isDocumentLink("https://www.ema.europa.eu/en/documents/"));
  }

  @Test
  void typeIsTheSegmentAfterDocuments() {
    assertEquals(
        "smop-initial",
        DocumentKeys.typeOf(
            "https://www.ema.europa.eu/en/documents/smop-initial/chmp-summary-opinion-imlygic_en.pdf"));
    assertNull(DocumentKeys.typeOf("https://www.ema.europa.eu/en/medicines/human/EPAR/imlygic"));
  }
}

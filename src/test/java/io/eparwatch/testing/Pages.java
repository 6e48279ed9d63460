package io.eparwatch.testing;

/**
 * Versions of the Imlygic page for end-to-end tests, each derived from the golden current-design
 * page by the edits EMA would make, so every test states exactly what changed.
 */
public final class Pages {

  public static final String PATH = "/en/medicines/human/EPAR/imlygic";
  public static final String PI =
      "/en/documents/product-information/imlygic-epar-product-information_en.pdf";
  public static final String SCIENTIFIC_CONCLUSION =
      "/en/documents/scientific-conclusion/imlygic-epar-scientific-conclusions-and-grounds-variation-terms-marketing-authorisation_en.pdf";
  public static final String NEW_REPORT =
      "/en/documents/variation-report/imlygic-h-c-002771-ii-0099-epar-assessment-report-variation_en.pdf";

  private Pages() {}

  public static String v1() {
    return Fixtures.read("golden/imlygic-current.html");
  }

  /** A new product-information revision, a new variation report and an Icelandic summary. */
  public static String v2() {
    String page = v1();
    page =
        Fixtures.editDocumentBlock(
            page, PI, "2025-10-06T12:00:00Z\">06/10/2025", "2025-11-20T12:00:00Z\">20/11/2025");
    page = Fixtures.editDocumentBlock(page, PI, "(634.35 KB - PDF)", "(641.02 KB - PDF)");
    page =
        Fixtures.edit(
            page,
            "VR/0000296281</span> <span class=\"procedure-date\">06/10/2025",
            "II/0000312345</span> <span class=\"procedure-date\">20/11/2025");
    page =
        Fixtures.edit(
            page,
            "<time datetime=\"2025-10-06T12:00:00Z\">06/10/2025</time></p></div>",
            "<time datetime=\"2025-11-20T12:00:00Z\">20/11/2025</time></p></div>");
    page = Fixtures.edit(page, "<div>Revision</div></dt>", "<div>Revision</div></dt><!--r-->");
    page = page.replaceFirst("(<!--r-->\\s*<dd[^>]*>\\s*<div>)16(</div>)", "$117$2");
    page =
        Fixtures.insertBeforeDocumentBlock(
            page,
            "/en/documents/procedural-steps-after/imlygic-epar-procedural-steps-taken-scientific-information-after-authorisation_en.pdf",
            newReportBlock());
    return Fixtures.insertTranslation(
        page,
        "/en/documents/overview/imlygic-epar-summary-public_en.pdf",
        "/is/documents/overview/imlygic-epar-summary-public_is.pdf",
        "íslenska (IS)");
  }

  /** v2 without the scientific conclusion: one document of eleven gone. */
  public static String v3() {
    return Fixtures.removeDocumentBlock(v2(), SCIENTIFIC_CONCLUSION);
  }

  /** The same content as v1 with new tokens, nonces, cache-busters and two documents swapped. */
  public static String v1Reshuffled() {
    String archive =
        "/en/documents/procedural-steps-after/imlygic-epar-procedural-steps-taken-scientific-information-after-authorisation-archive_en.pdf";
    String page = v1();
    String block = Fixtures.documentBlock(page, archive);
    page = Fixtures.removeDocumentBlock(page, archive);
    page =
        Fixtures.insertBeforeDocumentBlock(
            page,
            "/en/documents/procedural-steps-after/imlygic-epar-procedural-steps-taken-scientific-information-after-authorisation_en.pdf",
            block);
    return page.replace("Qm9vdHN0cmFwTm9uY2U3Nw", "TmV3Tm9uY2VGb3JUaGlzUmVxdWVzdA")
        .replace("sQ3mK9vXo1bL7tC2eR5wY8zA0nF4gH6jP", "Zz9yXw8vUt7sRq6pOn5mLk4jIh3gFe2dC")
        .replace("?t3ab9f", "?t9qq01")
        .replace("\n      <div class=\"bcl-file", "\n\n        <div  class=\"bcl-file");
  }

  /** v1 lacking half of its documents, as a partly rendered page would. */
  public static String v1HalfEmpty() {
    String page = v1();
    for (String href :
        new String[] {
          SCIENTIFIC_CONCLUSION,
          "/en/documents/assessment-report/imlygic-epar-public-assessment-report_en.pdf",
          "/en/documents/smop-initial/chmp-summary-opinion-imlygic_en.pdf",
          "/en/documents/variation-report/imlygic-h-c-002771-p46-011-epar-assessment-report_en.pdf",
          "/en/documents/rmp/imlygic-epar-risk-management-plan_en.pdf"
        }) {
      page = Fixtures.removeDocumentBlock(page, href);
    }
    return page;
  }

  private static String newReportBlock() {
    return reportBlock(
        "Imlygic-H-C-002771-II-0099 : EPAR - Assessment report - Variation", NEW_REPORT);
  }

  /** A variation report's entry in the documents list, as the current design renders it. */
  public static String reportBlock(String title, String href) {
    return
"""
      <div class="bcl-file ema-file-wrapper border-bottom py-4" data-ema-document-type="variation-report">
        <div class="file-title-metadata d-flex flex-column">
          <p class="file-title fw-bold mb-1">%s</p>
          <small class="reference-number">Reference Number: <span class="value">EMA/CHMP/401234/2025</span></small>
        </div>
        <div class="file-language-links d-md-flex flex-wrap align-items-center gap-3 mt-2">
          <p class="language-meta mb-0">English (EN) <span class="fw-normal">(512.5 KB - PDF)</span></p>
          <small class="first-published d-block text-muted"><span class="label fw-bold">First published:</span>
            <time datetime="2025-11-20T12:00:00Z">20/11/2025</time></small>
          <a class="standalone ms-md-auto" href="%s">View</a>
        </div>
      </div>
"""
        .formatted(title, href);
  }
}

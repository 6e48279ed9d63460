package io.eparwatch.epar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** What the page scan skips as site chrome, and what it keeps. */
class PageScanTest {

  private static final String URL = "https://www.ema.europa.eu/en/medicines/human/EPAR/testa";

  @Test
  void chromeIsSkippedAndAnArticleHeaderInsideMainIsContent() {
    String html =
        """
        <html><head><meta property="og:updated_time" content="2025-10-06T12:00:00+02:00"></head>
        <body>
        <header><a href="/en/documents/other/site-header_en.pdf">Site</a></header>
        <nav><a href="/en/documents/other/menu_en.pdf">Menu</a></nav>
        <div class="bcl-breadcrumb"><a href="/en/documents/other/crumb_en.pdf">Crumb</a></div>
        <main>
          <article><header><h2>Product information</h2>
            <a href="/en/documents/product-information/testa-epar-product-information_en.pdf">PI</a>
          </header></article>
          <script>document.write('<a href="/en/documents/other/script_en.pdf">Script</a>')</script>
          <A HREF="/en/documents/overview/testa-epar-summary-public_en.pdf">Summary</A>
        </main>
        <header><a href="/en/documents/other/second-header_en.pdf">Again</a></header>
        <footer><a href="/en/documents/other/footer_en.pdf">Footer</a></footer>
        </body></html>
        """;
    PageScan scan = new PageScan(URL);
    scan.scan(Jsoup.parse(html, URL));

    assertEquals(
        List.of(
            "/documents/product-information/testa-epar-product-information.pdf",
            "/documents/overview/testa-epar-summary-public.pdf"),
        scan.documentLinks.stream().map(DocumentLink::key).toList());
    assertEquals("Product information", scan.documentLinks.get(0).section());
    assertEquals("2025-10-06T12:00:00+02:00", scan.ogUpdatedTime);
  }
}

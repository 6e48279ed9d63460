package io.eparwatch.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eparwatch.change.ChangeEvent;
import io.eparwatch.change.ChangeFilter;
import io.eparwatch.change.ChangeType;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The writers alone, without a server: escaping, stripping and the schema check itself. */
class FeedXmlTest {

  static final FeedLinks LINKS = new FeedLinks(URI.create("https://watch.example/"));

  @Test
  void illegalXmlCharactersAreStrippedAndLegalOnesKept() {
    assertEquals("a\tb\nc\rd", XmlText.clean("a\tb\nc\rd"));
    assertEquals("ab", XmlText.clean("a\u0000\u0001\u001f\ufffe\uffffb"));
    assertEquals("a😀b", XmlText.clean("a\uD83D\uDE00b"));
    assertEquals("ab", XmlText.clean("a\uD83Db"));
    assertEquals("ab", XmlText.clean("a\uDE00b"));
    assertEquals("ab", XmlText.clean("ab\uD83D"));
    assertEquals("", XmlText.clean(null));
  }

  @Test
  void aWordDiffBecomesDelAndInsWithItsTextEscaped() {
    Html html = new Html();
    WordDiffHtml.render("a [-<b>-]{+&+} c {+unclosed", html);
    assertEquals("a <del>&lt;b&gt;</del><ins>&amp;</ins> c {+unclosed", html.toString());
  }

  @Test
  void onlyHttpDocumentLinksAreKept() {
    assertEquals(
        "https://www.ema.europa.eu/a.pdf", FeedLinks.document("https://www.ema.europa.eu/a.pdf"));
    assertNull(FeedLinks.document("javascript:alert(1)"));
    assertNull(FeedLinks.document("/en/documents/a.pdf"));
    assertNull(FeedLinks.document("data:text/html,x"));
    assertEquals("https://watch.example/changes/7", LINKS.change(7));
  }

  @Test
  void cdataEndAndMarkupInEveryFieldStayText() throws Exception {
    ChangeEvent event = new ChangeEvent();
    event.id = 42L;
    event.product = "x";
    event.productName = "]]><x>&amp;\u0002";
    event.type = ChangeType.FIELD_CHANGED;
    event.field = "indication";
    event.before = "]]>";
    event.after = "<![CDATA[";
    event.detectedAt = Instant.parse("2026-11-14T10:00:00Z");
    event.sources = "page";
    FeedRequest request =
        new FeedRequest(
            FeedFormat.ATOM, "/feeds/changes.atom", "t ]]>", ChangeFilter.ANY, 100, false);
    byte[] atom = AtomWriter.write(request, List.of(event), LINKS);
    assertEquals(List.of(), AtomSchema.errors(atom));
    String text = new String(atom, StandardCharsets.UTF_8);
    assertFalse(text.contains("<x>") || text.contains("CDATA[<") || text.contains("\u0002"), text);
    assertEquals(
        "]]><x>&amp;: indication changed (]]> → <![CDATA[)", Feed.of(atom).titles().get(0));
    byte[] rss = RssWriter.write(request, List.of(event), LINKS);
    assertEquals("tag:eparwatch,2026:change/42", Feed.of(rss).ids().get(0));
    assertEquals(List.of(), RssShape.problems(rss));
    assertEquals(
        List.of("item 1 without exactly one guid[@isPermaLink='false']"),
        RssShape.problems(
            new String(rss, StandardCharsets.UTF_8)
                .replace("isPermaLink=\"false\"", "isPermaLink=\"true\"")
                .getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void theSchemaCheckRejectsAnEntryWithoutId() throws Exception {
    String broken =
        "<feed xmlns=\"http://www.w3.org/2005/Atom\"><id>x</id><title>t</title>"
            + "<updated>2026-01-01T00:00:00Z</updated><author><name>n</name></author>"
            + "<entry><title>e</title><updated>not a date</updated></entry></feed>";
    assertTrue(AtomSchema.errors(broken.getBytes(StandardCharsets.UTF_8)).size() > 0);
  }
}

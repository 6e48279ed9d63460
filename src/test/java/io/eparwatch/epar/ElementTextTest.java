package io.eparwatch.epar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.eparwatch.testing.Fixtures;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ElementTextTest {

  @Test
  void everyElementOfTheGoldenPagesReadsAsItsNormalizedText() {
    for (String page :
        new String[] {"imlygic-current", "imlygic-2019-old-design", "suboxone-withdrawn"}) {
      assertSameAsJsoup(Jsoup.parse(Fixtures.read("golden/" + page + ".html")));
    }
  }

  @Test
  void spacesBetweenElementsInvisibleCharactersAndPreformattedTextReadAsJsoupReadsThem() {
    assertSameAsJsoup(
        Jsoup.parse(
            "<h2>\n  <span> Product\u00a0 information </span>\n</h2>"
                + "<div><p>one</p><p>two</p></div><p>a<br>b</p><div>x<div>y</div>z</div>"
                + "<p>soft\u00adhyphen</p><p> zero\u200bwidth </p><p>\u200b</p><p>\u00ad x</p>"
                + "<pre>  kept\n\n  as   written </pre><pre><span>a</span> \u200b <b>b</b></pre>"
                + "<p>\u000b\u2003 odd \u001f spaces \u3000</p><p></p><p>  </p>"
                + "<p><script>var x = 1;</script>after a script</p><textarea> a  b </textarea>"
                + "<svg><![CDATA[ data  ]]></svg><table><tr><td>cell</td><td> two </td></tr></table>"));
  }

  private static void assertSameAsJsoup(Document document) {
    for (Element element : document.getAllElements()) {
      assertEquals(
          EmaText.normalize(element.text()), ElementText.of(element), element.cssSelector());
    }
  }
}

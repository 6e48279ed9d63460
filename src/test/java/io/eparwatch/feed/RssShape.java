package io.eparwatch.feed;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * RSS 2.0 has no schema: a strict XML parse (well-formed, no DTD) and the elements the
 * specification requires (channel title, link, description; an item's title or description) plus
 * those this project promises (guid, pubDate, link on every item).
 */
final class RssShape {

  private RssShape() {}

  /** What is missing; empty when the document has every required element. */
  static List<String> problems(byte[] xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.setNamespaceAware(true);
    Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    XPath xpath = XPathFactory.newInstance().newXPath();
    List<String> problems = new ArrayList<>();
    for (String required :
        List.of(
            "/rss[@version='2.0']/channel/title",
            "/rss/channel/link",
            "/rss/channel/description")) {
      if (((NodeList) xpath.evaluate(required, document, XPathConstants.NODESET)).getLength()
          != 1) {
        problems.add("not exactly one " + required);
      }
    }
    NodeList items =
        (NodeList) xpath.evaluate("/rss/channel/item", document, XPathConstants.NODESET);
    for (int i = 0; i < items.getLength(); i++) {
      for (String child :
          List.of("title", "link", "guid[@isPermaLink='false']", "pubDate", "description")) {
        if (((NodeList) xpath.evaluate(child, items.item(i), XPathConstants.NODESET)).getLength()
            != 1) {
          problems.add("item " + (i + 1) + " without exactly one " + child);
        }
      }
    }
    return problems;
  }
}

package io.eparwatch.feed;

import io.eparwatch.change.ChangeEvent;
import io.eparwatch.change.ChangeWording;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * An RSS 2.0 document of stored events, newest first; each item's {@code guid} is the Atom entry's
 * id ({@code isPermaLink="false"}), so a reader switching format sees no new items.
 */
final class RssWriter {

  private static final String ATOM = "http://www.w3.org/2005/Atom";

  private RssWriter() {}

  static byte[] write(FeedRequest request, List<ChangeEvent> events, FeedLinks links) {
    Xml xml = new Xml().start("rss").attribute("version", "2.0").namespace("atom", ATOM);
    xml.start("channel");
    xml.element("title", request.title());
    xml.element("link", links.home());
    xml.element("description", "Changes to EMA's EPAR pages and data exports, newest first.");
    xml.empty("atom:link").attribute("rel", "self").attribute("type", "application/rss+xml");
    xml.attribute("href", links.of(request.pathAndQuery()));
    xml.element("lastBuildDate", date(Feeds.updated(events)));
    xml.element("generator", "EPAR Watch");
    for (ChangeEvent event : events) {
      xml.start("item");
      xml.element("title", ChangeWording.title(event));
      xml.element("link", links.change(event.id));
      xml.start("guid").attribute("isPermaLink", "false");
      xml.text(FeedLinks.entryId(event.id)).end();
      xml.element("pubDate", date(event.detectedAt));
      xml.element("category", event.type.name());
      xml.element("description", EntryContent.html(event, links));
      xml.end();
    }
    return xml.end().end().finish();
  }

  /** RFC 822 as RSS 2.0 wants it, in GMT. */
  static String date(Instant instant) {
    return DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.atOffset(ZoneOffset.UTC));
  }
}

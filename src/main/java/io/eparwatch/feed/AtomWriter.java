package io.eparwatch.feed;

import io.eparwatch.change.ChangeEvent;
import io.eparwatch.change.ChangeWording;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** An Atom 1.0 (RFC 4287) document of stored events, newest first. */
final class AtomWriter {

  private static final String ATOM = "http://www.w3.org/2005/Atom";

  private AtomWriter() {}

  static byte[] write(FeedRequest request, List<ChangeEvent> events, FeedLinks links) {
    Xml xml = new Xml().start("feed").namespace("", ATOM);
    xml.element("id", FeedLinks.feedId(request.pathAndQuery()));
    xml.element("title", request.title());
    xml.element("updated", date(Feeds.updated(events)));
    xml.empty("link").attribute("rel", "self").attribute("type", "application/atom+xml");
    xml.attribute("href", links.of(request.pathAndQuery()));
    xml.empty("link").attribute("rel", "alternate").attribute("type", "text/html");
    xml.attribute("href", links.home());
    xml.start("author").element("name", "EPAR Watch").end();
    xml.element("generator", "EPAR Watch");
    for (ChangeEvent event : events) {
      xml.start("entry");
      xml.element("id", FeedLinks.entryId(event.id));
      xml.element("title", ChangeWording.title(event));
      xml.element("updated", date(event.detectedAt));
      xml.empty("link").attribute("rel", "alternate").attribute("type", "text/html");
      xml.attribute("href", links.change(event.id));
      String document = FeedLinks.document(event.documentUrl);
      if (document != null) {
        xml.empty("link").attribute("rel", "related").attribute("href", document);
      }
      xml.start("category").attribute("term", event.type.name()).end();
      xml.start("content").attribute("type", "html");
      xml.text(EntryContent.html(event, links)).end();
      xml.end();
    }
    return xml.end().finish();
  }

  /** RFC 3339, whole seconds, UTC. */
  static String date(Instant instant) {
    return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
  }
}

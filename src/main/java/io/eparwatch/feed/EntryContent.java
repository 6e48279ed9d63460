package io.eparwatch.feed;

import io.eparwatch.change.ChangeEvent;
import io.eparwatch.change.ChangeWording;
import java.util.List;

/**
 * The HTML body of a feed entry: what changed, before and after, the word diff, the sources and the
 * links. Built from the stored event only; every stored value is escaped.
 */
final class EntryContent {

  private EntryContent() {}

  static String html(ChangeEvent event, FeedLinks links) {
    Html html = new Html();
    html.raw("<p><strong>").text(ChangeWording.productName(event)).raw("</strong>");
    if (event.productNumber != null) {
      html.text(" (" + event.productNumber + ")");
    }
    html.text(": " + ChangeWording.what(event)).raw("</p>");
    if (event.documentTitle != null) {
      html.raw("<p>Document: ").text(event.documentTitle);
      if (event.language != null) {
        html.text(" (language: " + event.language + ")");
      }
      html.raw("</p>");
    }
    if (event.before != null || event.after != null) {
      html.raw("<p>Before: ").text(shown(event.before)).raw("<br>After: ");
      html.text(shown(event.after)).raw("</p>");
    }
    if (event.diff != null && !event.diff.isBlank()) {
      html.raw("<p>Changes: ");
      WordDiffHtml.render(event.diff, html);
      html.raw("</p>");
    }
    html.raw("<p>Reported by: ").text(sources(event.sourceList())).raw("</p><p>");
    html.link(links.change(event.id), "This change on EPAR Watch");
    String document = FeedLinks.document(event.documentUrl);
    if (document != null) {
      html.raw(" · ").link(document, "The document at EMA");
    }
    return html.raw("</p>").toString();
  }

  private static String shown(String value) {
    return value == null ? "(none)" : ChangeWording.value(value);
  }

  private static String sources(List<String> sources) {
    return String.join(
        ", ",
        sources.stream()
            .map(s -> s.equals("page") ? "EPAR page" : s.equals("export") ? "EMA data export" : s)
            .toList());
  }
}

package io.eparwatch.epar;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The last update of each language version of each document on a current-design EPAR page, read
 * from the page as fetched. Kept out of {@link EparPage} on purpose: translation dates move often
 * and must not make a new version. Pages of the 2018–23 design give no dates: the map is empty.
 */
public final class LanguageDates {

  private LanguageDates() {}

  /** Per document key, per language code, the date the language version was last updated. */
  public static Map<String, Map<String, LocalDate>> read(String html) {
    Map<String, Map<String, LocalDate>> dates = new HashMap<>();
    if (html == null) {
      return dates;
    }
    Document page = Jsoup.parse(html);
    for (Element link : page.select(".file-translations a[href]")) {
      String url = link.attr("href");
      String language = DocumentKeys.languageOf(url);
      Element entry = link.parent();
      LocalDate updated = entry == null ? null : date(entry);
      if (language != null && updated != null && DocumentKeys.isDocumentLink(url)) {
        dates.computeIfAbsent(DocumentKeys.of(url), k -> new HashMap<>()).put(language, updated);
      }
    }
    return dates;
  }

  /** The entry's "Last updated" date, else its "First published" one. */
  private static LocalDate date(Element entry) {
    Element time = entry.selectFirst(".last-updated time[datetime]");
    if (time == null) {
      time = entry.selectFirst(".first-published time[datetime]");
    }
    return time == null ? null : EmaDates.datetimeAttribute(time.attr("datetime"));
  }
}

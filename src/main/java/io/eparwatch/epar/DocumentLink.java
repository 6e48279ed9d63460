package io.eparwatch.epar;

import org.jsoup.nodes.Element;

/** A link to an EMA document file, with the section heading it appeared under. */
record DocumentLink(Element anchor, String url, String key, String language, String section) {

  boolean isEnglish() {
    return language == null || "en".equals(language);
  }

  String languageOrEnglish() {
    return language == null ? "en" : language;
  }
}

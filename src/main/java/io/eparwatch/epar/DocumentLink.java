package io.eparwatch.epar;

import org.jsoup.nodes.Element;

/**
 * A link to an EMA document file, with the section heading it appeared under. {@code href} is the
 * attribute as written; the absolute URL is only worked out where it is kept (the English file).
 */
record DocumentLink(
    Element anchor, String href, String origin, String key, String language, String section) {

  /**
   * The anchor's link ({@code href}, its attribute as written) if it points at an EMA document file
   * (on EMA's host or {@code pageHost}), else null; {@code section} is the heading it appeared
   * under.
   */
  static DocumentLink of(
      Element anchor, String href, String origin, String pageHost, String section) {
    if (!href.contains("/documents/")) {
      return null;
    }
    href = href.trim();
    DocumentKeys.DocumentUrl document = DocumentKeys.parse(href, pageHost);
    return document == null
        ? null
        : new DocumentLink(anchor, href, origin, document.key(), document.language(), section);
  }

  boolean isEnglish() {
    return language == null || "en".equals(language);
  }

  String languageOrEnglish() {
    return language == null ? "en" : language;
  }

  /** Root-relative and absolute links are resolved by hand: jsoup's general resolver is slow. */
  String url() {
    if (href.startsWith("https://") || href.startsWith("http://")) {
      return href;
    }
    if (href.startsWith("/") && !href.startsWith("//") && origin != null) {
      return origin + href;
    }
    return anchor.absUrl("href");
  }
}

package io.eparwatch.epar;

/**
 * Strict checks that a body is a whole EPAR page. A false "parsed" result would surface as a
 * false change event to users, so anything doubtful is rejected with a reason.
 */
final class PageGuard {

  private PageGuard() {}

  /** Checks on the raw body, before parsing; null when the body may be parsed. */
  static String rejectBody(String html) {
    if (html == null || html.isBlank()) {
      return "Empty body: the response contained no HTML";
    }
    if (!hasClosingHtmlTag(html)) {
      return "Truncated body: no closing </html> tag, the download was probably cut off";
    }
    return null;
  }

  /** Checks on the scanned page; null when it is an EPAR page. */
  static String rejectPage(PageScan scan, String productNumber) {
    if (scan.nameHeading == null || Texts.normalize(scan.nameHeading.text()) == null) {
      return "No medicine name: the page has no h1 heading";
    }
    if (productNumber == null && scan.documentLinks.isEmpty()) {
      return "Not an EPAR page: neither an EMA product number nor any EMA document link was found"
          + " (heading: \"" + Texts.normalize(scan.nameHeading.text()) + "\")";
    }
    return null;
  }

  private static boolean hasClosingHtmlTag(String html) {
    for (int at = html.lastIndexOf('<'); at >= 0; at = html.lastIndexOf('<', at - 1)) {
      if (html.regionMatches(true, at, "</html", 0, 6)) {
        return true;
      }
    }
    return false;
  }
}

package io.eparwatch.epar;

/**
 * Strict checks that a body is a whole EPAR page. A false "parsed" result would surface as a false
 * change event to users, so anything doubtful is rejected with a reason.
 */
final class PageGuard {

  private static final String EMPTY = "Empty body: the response contained no HTML";
  private static final String TRUNCATED =
      "Truncated body: no closing </html> tag, the download was probably cut off";

  private PageGuard() {}

  /** Checks on the raw body, before parsing; null when the body may be parsed. */
  static String rejectBody(String html) {
    if (html == null || html.isBlank()) {
      return EMPTY;
    }
    if (!hasClosingHtmlTag(html)) {
      return TRUNCATED;
    }
    return null;
  }

  /**
   * The same checks on a body as fetched: EMA's pages end in ASCII markup whatever their charset.
   */
  static String rejectBody(byte[] body) {
    if (body == null || isBlank(body)) {
      return EMPTY;
    }
    if (!hasClosingHtmlTag(body)) {
      return TRUNCATED;
    }
    return null;
  }

  /**
   * Checks on the scanned page; null when it is an EPAR page. {@code name}: the normalized text of
   * the page's h1, null when it has none or it is blank.
   */
  static String rejectPage(PageScan scan, String name, String productNumber) {
    if (name == null) {
      return "No medicine name: the page has no h1 heading";
    }
    if (productNumber == null && scan.documentLinks.isEmpty()) {
      return "Not an EPAR page: neither an EMA product number nor any EMA document link was found"
          + " (heading: \""
          + name
          + "\")";
    }
    return null;
  }

  /**
   * Unreadable document entries that are a real share of the page's documents (a quarter or more)
   * make the page unreliable: the rest may be misread too. Null when the documents can be trusted;
   * a few skipped entries are then only reported.
   */
  static String doubtDocuments(DocumentListReader.DocumentList list) {
    int unreadable = list.unreadable().size();
    int total = unreadable + list.documents().size();
    if (unreadable == 0 || unreadable * 4 < total) {
      return null;
    }
    return unreadable
        + " of "
        + total
        + " document entries could not be read (English link missing or not an EMA document"
        + " link)";
  }

  private static boolean hasClosingHtmlTag(String html) {
    for (int at = html.lastIndexOf('<'); at >= 0; at = html.lastIndexOf('<', at - 1)) {
      if (html.regionMatches(true, at, "</html", 0, 6)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isBlank(byte[] body) {
    for (byte b : body) {
      if (b != ' ' && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
        return false;
      }
    }
    return true;
  }

  private static boolean hasClosingHtmlTag(byte[] body) {
    for (int at = body.length - 6; at >= 0; at--) {
      if (body[at] == '<'
          && body[at + 1] == '/'
          && (body[at + 2] | 0x20) == 'h'
          && (body[at + 3] | 0x20) == 't'
          && (body[at + 4] | 0x20) == 'm'
          && (body[at + 5] | 0x20) == 'l') {
        return true;
      }
    }
    return false;
  }
}

package io.eparwatch.epar;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.nodes.Element;

/** The displayed authorisation status ("Authorised", "Withdrawn", …). */
final class StatusTitles {

  private static final Map<String, String> BY_ATTRIBUTE =
      Map.of(
          "authorised", "Authorised",
          "withdrawn", "Withdrawn",
          "revoked", "Revoked",
          "expired", "Expired",
          "suspended", "Suspended",
          "refused", "Refused",
          "opinion", "Opinion",
          "withdrawn-application", "Application withdrawn",
          "lapsed", "Lapsed");

  private static final Set<String> KNOWN = Set.copyOf(BY_ATTRIBUTE.values());

  /** The first letters of the known titles. */
  private static final String FIRST_LETTERS =
      KNOWN.stream().map(title -> title.substring(0, 1)).distinct().collect(Collectors.joining());

  private StatusTitles() {}

  private static boolean isKnown(String text) {
    return KNOWN.contains(text);
  }

  /**
   * The known title that a page text is, or null; {@code first} is the index of its first visible
   * character. Asked of every text before the first document link, so a text that cannot be one
   * (too long, or not starting with a title's first letter) is not normalized.
   */
  static String titleOf(String raw, int first) {
    if (raw.length() >= 40 || FIRST_LETTERS.indexOf(raw.charAt(first)) < 0) {
      return null;
    }
    String text = EmaText.normalize(raw);
    return text != null && isKnown(text) ? text : null;
  }

  /**
   * The status title: a "status-title" element, else a known title inside the element carrying
   * {@code data-medicine-status}, else the first known title on the page, else the attribute.
   */
  static String of(PageScan scan) {
    String hinted = scan.statusTitleHint == null ? null : ElementText.of(scan.statusTitleHint);
    if (hinted != null) {
      return hinted;
    }
    String inStatusBlock = knownTitleIn(scan.medicineStatus);
    if (inStatusBlock != null) {
      return inStatusBlock;
    }
    if (scan.firstStatusText != null) {
      return scan.firstStatusText;
    }
    return scan.medicineStatus == null ? null : fromAttribute(scan.medicineStatus);
  }

  private static String knownTitleIn(Element statusBlock) {
    if (statusBlock == null) {
      return null;
    }
    for (Element child : statusBlock.getAllElements()) {
      String text = EmaText.normalize(child.ownText());
      if (text != null && isKnown(text)) {
        return text;
      }
    }
    return null;
  }

  private static String fromAttribute(Element statusBlock) {
    String value = statusBlock.attr("data-medicine-status").trim().toLowerCase(Locale.ROOT);
    return BY_ATTRIBUTE.get(value);
  }
}

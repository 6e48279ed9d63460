package io.eparwatch.change;

import io.eparwatch.epar.EmaDates;
import io.eparwatch.epar.EmaText;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * A change in plain words, as feeds, mails and the dashboard title it: "Imlygic: Product
 * Information updated (06/10/2025 → 14/11/2026)". Dates are shown as EMA shows them ({@code
 * dd/mm/yyyy}); events store them ISO. The wording only; escaping is the caller's job.
 */
public final class ChangeWording {

  private static final DateTimeFormatter EMA_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final String EPAR_PREFIX = "EPAR - ";
  private static final int SHORT_VALUE = 40;
  private static final Map<String, String> FIELD_WORDS =
      Map.ofEntries(
          Map.entry("inn", "INN"),
          Map.entry("atcCode", "ATC code"),
          Map.entry("marketingAuthorisationHolder", "marketing-authorisation holder"),
          Map.entry("latestProcedure", "latest procedure"),
          Map.entry("pageLastUpdated", "page's last update"),
          Map.entry("lastUpdated", "last update"),
          Map.entry("size", "file size"),
          Map.entry("name", "name"));

  private ChangeWording() {}

  /** The one-line title: product name, then what changed. */
  public static String title(ChangeEvent event) {
    return productName(event) + ": " + what(event);
  }

  /** The product's name as published, else its slug. */
  public static String productName(ChangeEvent event) {
    String name = EmaText.normalize(event.productName);
    return name != null ? name : event.product;
  }

  /** What changed, without the product: "Product Information updated (06/10/2025 → …)". */
  public static String what(ChangeEvent event) {
    String document = documentName(event.documentTitle);
    return switch (event.type) {
      case DOCUMENT_ADDED -> "new document: " + document;
      case DOCUMENT_REMOVED -> "document removed: " + document;
      case TRANSLATION_ADDED -> "translation added (" + event.language + "): " + document;
      case TRANSLATION_REMOVED -> "translation removed (" + event.language + "): " + document;
      case DOCUMENT_UPDATED ->
          event.field == null || "lastUpdated".equals(event.field)
              ? document + " updated" + values(event)
              : document + ": " + fieldWords(event.field) + " changed" + values(event);
      case FIELD_CHANGED -> fieldWords(event.field) + " changed" + values(event);
      case MEDICINE_ADDED -> "new medicine";
    };
  }

  /**
   * A document's title without the "Imlygic : " and "EPAR - " that EMA puts before most of them:
   * "Product Information", "Assessment report".
   */
  public static String documentName(String title) {
    String clean = EmaText.normalize(title);
    if (clean == null) {
      return "a document";
    }
    int epar = clean.indexOf(EPAR_PREFIX);
    int colon = clean.indexOf(" : ");
    String rest =
        epar >= 0
            ? clean.substring(epar + EPAR_PREFIX.length())
            : colon >= 0 ? clean.substring(colon + 3) : clean;
    return rest.isBlank() ? clean : rest.strip();
  }

  /** "indication", "marketing-authorisation holder", "ATC code": a field name in words. */
  public static String fieldWords(String field) {
    if (field == null || field.isBlank()) {
      return "a field";
    }
    String known = FIELD_WORDS.get(field);
    if (known != null) {
      return known;
    }
    return field.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
  }

  /** A date value as EMA shows it ({@code 14/11/2026}); any other value as it is. */
  public static String value(String value) {
    if (value == null) {
      return null;
    }
    LocalDate date = EmaDates.date(value);
    return date == null ? value : EMA_DATE.format(date);
  }

  /** " (old → new)" when both values are short and the change has no word diff to show. */
  private static String values(ChangeEvent event) {
    if (event.diff != null && !event.diff.isBlank()) {
      return "";
    }
    String before = shown(event.before);
    String after = shown(event.after);
    if ((event.before != null && before == null) || (event.after != null && after == null)) {
      return "";
    }
    return " ("
        + (before == null ? "none" : before)
        + " → "
        + (after == null ? "none" : after)
        + ")";
  }

  private static String shown(String value) {
    String text = value(EmaText.normalize(value));
    return text == null || text.length() > SHORT_VALUE ? null : text;
  }
}

package io.eparwatch.web;

import io.eparwatch.epar.EparDocument;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Per document, the languages whose file is older than the English one, and the languages EMA
 * publishes EPAR documents in that the document lacks.
 */
public record TranslationLag(
    String title, String url, LocalDate english, List<Behind> behind, List<String> missing) {

  /** A language whose last update is older than the English file's. */
  public record Behind(String language, LocalDate updated) {}

  /** The languages of EPAR product information: the EU's official ones but Irish, and is, no. */
  static final List<String> LANGUAGES =
      List.of(
          "bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "hr", "hu", "is", "it", "lt",
          "lv", "mt", "nl", "no", "pl", "pt", "ro", "sk", "sl", "sv");

  /**
   * The lag of every document that has one; {@code dates}: per document key, the last update of
   * each translation (empty when the page does not say).
   */
  static List<TranslationLag> of(
      List<EparDocument> documents, Map<String, Map<String, LocalDate>> dates) {
    List<TranslationLag> lags = new ArrayList<>();
    for (EparDocument document : documents) {
      if (document.languages().size() <= 1) {
        continue; // English only: a document EMA does not translate
      }
      List<Behind> behind = new ArrayList<>();
      LocalDate english = document.lastUpdated();
      Map<String, LocalDate> byLanguage = dates.getOrDefault(document.key(), Map.of());
      byLanguage.forEach(
          (language, updated) -> {
            if (english != null && updated != null && updated.isBefore(english)) {
              behind.add(new Behind(language, updated));
            }
          });
      behind.sort((a, b) -> a.language().compareTo(b.language()));
      List<String> missing =
          LANGUAGES.stream().filter(l -> !document.languages().contains(l)).toList();
      if (!behind.isEmpty() || !missing.isEmpty()) {
        lags.add(new TranslationLag(document.title(), document.url(), english, behind, missing));
      }
    }
    return lags;
  }
}

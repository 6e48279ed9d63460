package io.eparwatch.export;

import java.time.LocalDate;
import java.util.List;

/**
 * One record of EMA's EPAR documents JSON report, cleaned. {@code url} is the English file as given
 * (it may end in {@code .pdf-0}); {@code languages} holds the lower-case codes of every language
 * version, English included, sorted.
 */
public record DocumentRecord(
    String id,
    String title,
    String type,
    String productNumber,
    String status,
    LocalDate firstPublished,
    LocalDate lastUpdated,
    String referenceNumber,
    String url,
    List<String> languages) {

  public DocumentRecord {
    languages = languages == null ? List.of() : List.copyOf(languages);
  }
}

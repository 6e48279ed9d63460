package io.eparwatch.export;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One record of EMA's EPAR documents JSON report, cleaned. {@code url} is the English file as given
 * (it may end in {@code .pdf-0}); {@code languages} holds the lower-case codes of every language
 * version, English included, sorted. {@code unknown} names the export keys that could not be read:
 * the product's documents are then kept as they were for this download.
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
    List<String> languages,
    Set<String> unknown) {

  public DocumentRecord {
    languages = languages == null ? List.of() : List.copyOf(languages);
    unknown = unknown == null ? Set.of() : Set.copyOf(unknown);
  }
}

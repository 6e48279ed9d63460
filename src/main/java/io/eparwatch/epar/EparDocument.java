package io.eparwatch.epar;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;
import java.util.List;

/**
 * One document listed on an EPAR page. {@code url} is the English file; {@code languages} holds the
 * lower-case codes of every language version offered, English included.
 */
public record EparDocument(
    String title,
    String type,
    String section,
    String url,
    String referenceNumber,
    String status,
    String format,
    Long sizeBytes,
    LocalDate firstPublished,
    LocalDate lastUpdated,
    List<String> languages) {

  public EparDocument {
    languages = languages == null ? List.of() : List.copyOf(languages);
  }

  /** Identity across versions: the English URL path without language suffix or upload counter. */
  @JsonIgnore
  public String key() {
    return DocumentKeys.of(url);
  }
}

package io.eparwatch.epar;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;
import java.util.List;

/**
 * One document listed on an EPAR page. {@code url} is the English file; {@code languages} holds the
 * lower-case codes of every language version offered, English included. {@code key}, the identity
 * across versions (the English URL path without language suffix or upload counter), is derived from
 * {@code url} when the document is made (whatever is passed is replaced): a check asks for it
 * several times per document (fingerprint, guards, diff).
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
    List<String> languages,
    @JsonIgnore String key) {

  public EparDocument {
    languages = languages == null ? List.of() : List.copyOf(languages);
    key = url == null ? null : DocumentKeys.of(url);
  }

  public EparDocument(
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
    this(
        title,
        type,
        section,
        url,
        referenceNumber,
        status,
        format,
        sizeBytes,
        firstPublished,
        lastUpdated,
        languages,
        null);
  }
}

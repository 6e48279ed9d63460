package io.eparwatch.change;

import io.eparwatch.snapshot.VersionKey;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A document or translation missing from the latest good version, or a field that had a value and
 * now has none ({@link ChangeType#FIELD_CHANGED} for a page field, {@link
 * ChangeType#DOCUMENT_UPDATED} for a document's). It is published only when the next successful
 * check of the same part still lacks it: pages that briefly lose an entry or a label stay quiet.
 */
@Entity
@Table(name = "pending_removal")
public class PendingRemoval extends PanacheEntity {

  /** Set for a watched page's removals; null for an export product's. */
  public Long watchId;

  /** Set for an export product's removals. */
  public String productNumber;

  @Enumerated(EnumType.STRING)
  public ChangeType type;

  /** The document removed, or whose field is held; null for a page field. */
  public String documentKey;

  public String language;

  /** The field whose value is held; null for a removal. */
  public String field;

  /** The field's value as last seen (display string). */
  public String heldValue;

  /**
   * The document as last seen, so a confirmed removal can name it and a return can be diffed; null
   * for a held field.
   */
  @Column(length = 200_000)
  public String documentJson;

  public Instant createdAt;

  /** Whether this holds a page field, which only an observation of the fields can settle. */
  boolean holdsPageField() {
    return type == ChangeType.FIELD_CHANGED;
  }

  /** Which of these export products have removals waiting for confirmation. */
  public static Set<String> exportProductsAmong(List<String> productNumbers) {
    return PendingRemoval.<PendingRemoval>list(
            "watchId is null and productNumber in ?1", productNumbers)
        .stream()
        .map(pending -> pending.productNumber)
        .collect(Collectors.toSet());
  }

  /**
   * The export products with something held for the fields ({@code fields}) or for the documents:
   * an export answered 304 confirms them.
   */
  public static Set<String> exportProductsHolding(boolean fields) {
    String type = fields ? "type = ?1" : "type <> ?1";
    return PendingRemoval.<PendingRemoval>list(
            "watchId is null and " + type, ChangeType.FIELD_CHANGED)
        .stream()
        .map(pending -> pending.productNumber)
        .collect(Collectors.toSet());
  }

  static List<PendingRemoval> of(VersionKey key) {
    return key.watchId() != null
        ? list("watchId = ?1 order by id", key.watchId())
        : list("watchId is null and productNumber = ?1 order by id", key.productNumber());
  }

  /** Whether any removal of {@code key} waits for confirmation (one indexed count, no content). */
  static boolean anyFor(VersionKey key) {
    return key.watchId() != null
        ? count("watchId = ?1", key.watchId()) > 0
        : count("watchId is null and productNumber = ?1", key.productNumber()) > 0;
  }
}

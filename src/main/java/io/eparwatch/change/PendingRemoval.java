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
 * A document or translation missing from the latest good version. It becomes a published removal
 * only when the next successful check still lacks it: pages that briefly lose an entry stay quiet.
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

  public String documentKey;
  public String language;

  /** The document as last seen, so a confirmed removal can name it and a return can be diffed. */
  @Column(length = 200_000)
  public String documentJson;

  public Instant createdAt;

  /** Which of these export products have removals waiting for confirmation. */
  public static Set<String> exportProductsAmong(List<String> productNumbers) {
    return PendingRemoval.<PendingRemoval>list(
            "watchId is null and productNumber in ?1", productNumbers)
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

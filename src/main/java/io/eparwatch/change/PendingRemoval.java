package io.eparwatch.change;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/**
 * A document or translation missing from the latest good version. It becomes a published removal
 * only when the next successful check still lacks it: pages that briefly lose an entry stay quiet.
 */
@Entity
@Table(name = "pending_removal")
public class PendingRemoval extends PanacheEntity {

  public long watchId;

  @Enumerated(EnumType.STRING)
  public ChangeType type;

  public String documentKey;
  public String language;

  /** The document as last seen, so a confirmed removal can name it and a return can be diffed. */
  @Column(length = 200_000)
  public String documentJson;

  public Instant createdAt;

  public static List<PendingRemoval> ofWatch(long watchId) {
    return list("watchId = ?1 order by id", watchId);
  }
}

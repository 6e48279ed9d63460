package io.eparwatch.watch;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** An EPAR page checked on a schedule, with what the last checks left behind. */
@Entity
@Table(name = "watch")
public class Watch extends PanacheEntity {

  public String slug;
  public String url;
  public String productNumber;
  public String name;
  public Instant createdAt;
  public Instant lastCheckedAt;
  public Instant nextCheckAt;
  public String etag;
  public String lastModified;

  /** Fingerprint of the latest good version. */
  public String contentHash;

  @Enumerated(EnumType.STRING)
  public Outcome lastOutcome;

  public int errorCount;
  public String lastError;

  /** Why the latest version is held as suspect; null when the page looks healthy. */
  public String problem;

  /** Fingerprint of the suspect content seen last, and how many checks in a row saw it. */
  public String suspectHash;

  public int suspectStreak;

  public static Optional<Watch> findBySlug(String slug) {
    return find("slug", slug).firstResultOptional();
  }

  public static Optional<Watch> findByUrl(String url) {
    return find("url", url).firstResultOptional();
  }

  public static Optional<Watch> findByProductNumber(String productNumber) {
    return find("productNumber = ?1 order by slug", productNumber).firstResultOptional();
  }

  public static List<Watch> listBySlug() {
    return list("order by slug");
  }

  public static List<Long> allIds() {
    return find("order by id").project(IdOnly.class).list().stream().map(IdOnly::id).toList();
  }

  /** Panache projection of the id column only. */
  public record IdOnly(Long id) {}
}

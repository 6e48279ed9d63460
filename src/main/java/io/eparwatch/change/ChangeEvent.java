package io.eparwatch.change;

import io.eparwatch.snapshot.VersionKey;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import io.quarkus.panache.common.Parameters;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A typed change as published: computed once when its version is stored, read many times. */
@Entity
@Table(name = "change_event")
public class ChangeEvent extends PanacheEntity {

  public Long watchId;

  /** The version the change was detected in, of either source. */
  @Column(name = "snapshot_id")
  public Long versionId;

  /** The version of the same source it was compared with; null for an announcement. */
  public Long previousVersionId;

  /** The product's slug, e.g. {@code imlygic}. */
  public String product;

  public String productNumber;
  public String productName;

  /** The product's ATC code and marketing-authorisation holder when the change was detected. */
  public String atcCode;

  public String holder;

  @Enumerated(EnumType.STRING)
  public ChangeType type;

  public String documentKey;
  public String documentTitle;
  public String documentUrl;
  public String language;
  public String field;

  @Column(name = "before_value")
  public String before;

  @Column(name = "after_value")
  public String after;

  public String diff;
  public Instant detectedAt;

  /** Which sources reported this change, comma-separated: {@code page}, {@code export}. */
  public String sources;

  /** A new, unsaved event for one change of {@code product}, first reported by {@code source}. */
  static ChangeEvent of(
      Change change,
      ProductRef product,
      VersionKey key,
      Long versionId,
      Long previousVersionId,
      Instant detectedAt) {
    ChangeEvent event = new ChangeEvent();
    event.watchId = key.watchId();
    event.versionId = versionId;
    event.previousVersionId = previousVersionId;
    event.product = product.slug();
    event.productNumber = product.productNumber();
    event.productName = product.name();
    event.atcCode = product.atcCode();
    event.holder = product.holder();
    event.type = change.type();
    event.documentKey = change.documentKey();
    event.documentTitle = change.documentTitle();
    event.documentUrl = change.documentUrl();
    event.language = change.language();
    event.field = change.field();
    event.before = change.before();
    event.after = change.after();
    event.diff = change.diff();
    event.detectedAt = detectedAt;
    event.sources = key.source().label();
    return event;
  }

  /** The events detected in these versions, in the order they were published. */
  public static List<ChangeEvent> ofVersions(List<Long> versionIds) {
    return versionIds.isEmpty() ? List.of() : list("versionId in ?1 order by id", versionIds);
  }

  public List<String> sourceList() {
    return List.of(sources.split(","));
  }

  /** Recent events of the product that could be {@code change} reported by another source. */
  static List<ChangeEvent> candidatesFor(String productNumber, Change change, Instant since) {
    return list(
        "productNumber = ?1 and type = ?2 and detectedAt >= ?3",
        productNumber,
        change.type(),
        since);
  }

  /**
   * Newest first, each filter optional; {@code product} matches the slug or the EMA product number.
   */
  public static List<ChangeEvent> search(
      String product, ChangeType type, Instant since, int limit) {
    List<String> where = new ArrayList<>();
    Parameters params = new Parameters();
    if (product != null) {
      where.add("(product = :product or productNumber = :product)");
      params.and("product", product);
    }
    if (type != null) {
      where.add("type = :type");
      params.and("type", type);
    }
    if (since != null) {
      where.add("detectedAt >= :since");
      params.and("since", since);
    }
    String query =
        (where.isEmpty() ? "" : String.join(" and ", where) + " ")
            + "order by detectedAt desc, id desc";
    return find(query, params).page(0, limit).list();
  }
}

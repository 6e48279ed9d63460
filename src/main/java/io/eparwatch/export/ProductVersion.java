package io.eparwatch.export;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/** One immutable, content-addressed version of a product as the exports describe it. */
@Entity
@Table(name = "product_version")
public class ProductVersion extends PanacheEntity {

  public String productNumber;
  public int versionNo;
  public String contentHash;

  /** The product as an {@code EparPage} in JSON. */
  @Column(length = 1_000_000)
  public String modelJson;

  public Instant createdAt;

  static Optional<ProductVersion> of(String productNumber, int versionNo) {
    return find("productNumber = ?1 and versionNo = ?2", productNumber, versionNo)
        .firstResultOptional();
  }

  public static long countOf(String productNumber) {
    return count("productNumber", productNumber);
  }
}

package io.eparwatch.catalogue;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A medicine of EMA's catalogue as the medicines export last described it, with the fingerprints of
 * its two parts (fields from the medicines export, documents from the documents export). Its
 * versions are in the one version store, keyed by product number.
 */
@Entity
@Table(name = "medicine")
public class Medicine extends PanacheEntity {

  public String productNumber;
  public String slug;
  public String category;
  public String name;
  public String inn;
  public String activeSubstance;
  public String status;
  public String holder;
  public String atcCode;
  public String therapeuticArea;
  public String latestProcedure;
  public String revision;
  public LocalDate firstPublished;
  public LocalDate lastUpdated;
  public String medicineUrl;
  public String fieldsHash;
  public String documentsHash;
  public Instant updatedAt;

  public static Optional<Medicine> byProductNumber(String productNumber) {
    return find("productNumber", productNumber).firstResultOptional();
  }

  public static Optional<Medicine> bySlug(String slug) {
    return find("slug = ?1 order by productNumber", slug).firstResultOptional();
  }

  /** The slug of the EPAR page URL, e.g. {@code imlygic} for {@code .../EPAR/imlygic}. */
  public static String slugOf(String medicineUrl) {
    if (medicineUrl == null) {
      return null;
    }
    String path = medicineUrl.replaceAll("[?#].*$", "").replaceAll("/+$", "");
    return path.substring(path.lastIndexOf('/') + 1);
  }
}

package io.eparwatch.export;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A medicine of EMA's catalogue as the medicines export last described it, with the fingerprints of
 * its two parts (fields from the medicines export, documents from the documents export) and the
 * number of its latest {@link ProductVersion}.
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
  public int versionNo;
  public Instant updatedAt;

  public static Optional<Medicine> byProductNumber(String productNumber) {
    return find("productNumber", productNumber).firstResultOptional();
  }

  /** The slug of the EPAR page URL, e.g. {@code imlygic} for {@code .../EPAR/imlygic}. */
  static String slugOf(String medicineUrl) {
    if (medicineUrl == null) {
      return null;
    }
    String path = medicineUrl.replaceAll("[?#].*$", "").replaceAll("/+$", "");
    return path.substring(path.lastIndexOf('/') + 1);
  }
}

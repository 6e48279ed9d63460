package io.eparwatch.export;

import io.eparwatch.change.Change;
import io.eparwatch.change.ChangeLog;
import io.eparwatch.change.ChangeSource;
import io.eparwatch.change.EparDiffer;
import io.eparwatch.change.ProductRef;
import io.eparwatch.epar.EparJson;
import io.eparwatch.epar.EparPage;
import io.eparwatch.snapshot.ContentFingerprint;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.List;

/** The versions of export products and the events between them. */
@ApplicationScoped
public class ProductHistory {

  private final ChangeLog changeLog;
  private final EparDiffer differ = new EparDiffer();

  public ProductHistory(ChangeLog changeLog) {
    this.changeLog = changeLog;
  }

  /** The product's latest version; an empty page before its first one. */
  @Transactional(TxType.MANDATORY)
  public EparPage current(Medicine medicine) {
    return ProductVersion.of(medicine.productNumber, medicine.versionNo)
        .map(version -> EparJson.read(version.modelJson))
        .orElseGet(() -> ProductModels.documentsOnly(List.of()));
  }

  @Transactional(TxType.MANDATORY)
  public void store(Medicine medicine, EparPage page, Instant now) {
    ProductVersion version = new ProductVersion();
    version.productNumber = medicine.productNumber;
    version.versionNo = medicine.versionNo + 1;
    version.contentHash = ContentFingerprint.of(page);
    version.modelJson = EparJson.write(page);
    version.createdAt = now;
    version.persist();
    medicine.versionNo = version.versionNo;
  }

  public List<Change> diff(EparPage previous, EparPage next) {
    return differ.diff(previous, next);
  }

  @Transactional(TxType.MANDATORY)
  public int publish(List<Change> changes, Medicine medicine, Instant now) {
    ProductRef product = new ProductRef(medicine.slug, medicine.productNumber, medicine.name);
    return changeLog.publish(changes, product, ChangeSource.EXPORT, null, null, now).size();
  }
}

package io.eparwatch.export;

import io.eparwatch.catalogue.Medicine;
import io.eparwatch.change.Observation;
import io.eparwatch.change.ProductRef;
import io.eparwatch.epar.EparPage;
import io.eparwatch.snapshot.ContentFingerprint;
import io.eparwatch.snapshot.SnapshotStore;
import io.eparwatch.snapshot.VersionKey;
import io.eparwatch.snapshot.VersionedPage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** An export product's place in the one version store: its key, latest version and observations. */
@ApplicationScoped
class ExportHistory {

  private final SnapshotStore store;

  ExportHistory(SnapshotStore store) {
    this.store = store;
  }

  static VersionKey key(Medicine medicine) {
    return VersionKey.export(medicine.productNumber);
  }

  static ProductRef product(Medicine medicine) {
    return new ProductRef(
        medicine.slug, medicine.productNumber, medicine.name, medicine.atcCode, medicine.holder);
  }

  static Observation observation(Medicine medicine, EparPage model, Instant now) {
    return new Observation(
        key(medicine), product(medicine), model, ContentFingerprint.of(model), null, now);
  }

  @Transactional(TxType.MANDATORY)
  Optional<VersionedPage> latest(Medicine medicine) {
    return store.latestGood(key(medicine));
  }

  /** The model of a version, or an empty page before the product's first one. */
  static EparPage modelOf(Optional<VersionedPage> version) {
    return version.map(VersionedPage::page).orElseGet(() -> ProductModels.documentsOnly(List.of()));
  }
}

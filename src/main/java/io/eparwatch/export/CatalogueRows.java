package io.eparwatch.export;

import io.eparwatch.catalogue.Medicine;
import java.time.Instant;

/** The catalogue columns of a medicine, as the medicines export states them. */
final class CatalogueRows {

  private CatalogueRows() {}

  static void copy(MedicineRecord record, Medicine medicine, Instant now) {
    medicine.slug = Medicine.slugOf(record.medicineUrl());
    medicine.category = record.category();
    medicine.name = record.name();
    medicine.inn = record.inn();
    medicine.activeSubstance = record.activeSubstance();
    medicine.status = record.status();
    medicine.holder = record.marketingAuthorisationHolder();
    medicine.atcCode = record.atcCode();
    medicine.therapeuticArea = record.therapeuticArea();
    medicine.latestProcedure = record.latestProcedure();
    medicine.revision = record.revision();
    medicine.firstPublished = record.firstPublished();
    medicine.lastUpdated = record.lastUpdated();
    medicine.medicineUrl = record.medicineUrl();
    medicine.updatedAt = now;
  }
}

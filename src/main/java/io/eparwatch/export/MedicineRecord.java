package io.eparwatch.export;

import java.time.LocalDate;
import java.util.List;

/**
 * One record of EMA's medicines JSON report, cleaned: no HTML entities, single spaces, null for
 * absent values, {@code ;}-lists as {@code "a; b"}. {@code authorisationIssued} is {@code
 * marketing_authorisation_date}; {@code flags} names the Yes flags, sorted.
 */
public record MedicineRecord(
    String category,
    String name,
    String productNumber,
    String status,
    String opinionStatus,
    String latestProcedure,
    String inn,
    String activeSubstance,
    String therapeuticArea,
    String atcCode,
    String pharmacotherapeuticGroup,
    String indication,
    String marketingAuthorisationHolder,
    LocalDate opinionAdopted,
    LocalDate authorisationIssued,
    String revision,
    LocalDate firstPublished,
    LocalDate lastUpdated,
    String medicineUrl,
    List<String> flags) {

  public MedicineRecord {
    flags = flags == null ? List.of() : List.copyOf(flags);
  }
}

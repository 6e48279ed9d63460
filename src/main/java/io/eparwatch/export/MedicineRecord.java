package io.eparwatch.export;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One record of EMA's medicines JSON report, cleaned: no HTML entities, single spaces, null for
 * absent values, {@code ;}-lists as {@code "a; b"}. {@code authorisationIssued} is {@code
 * marketing_authorisation_date}; {@code flags} names the Yes flags, sorted. {@code unknown} names
 * the export keys whose value could not be read (missing or in no known form): their fields here
 * are UNKNOWN, not empty, and the catalogue keeps what it had for them.
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
    List<String> flags,
    Set<String> unknown) {

  public MedicineRecord {
    flags = flags == null ? List.of() : List.copyOf(flags);
    unknown = unknown == null ? Set.of() : Set.copyOf(unknown);
  }
}

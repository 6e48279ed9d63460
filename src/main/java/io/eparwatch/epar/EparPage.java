package io.eparwatch.epar;

import java.time.LocalDate;
import java.util.List;

/** What an EPAR page says about one medicine, independent of the page design it was read from. */
public record EparPage(
    String name,
    String status,
    String inn,
    String activeSubstance,
    String productNumber,
    String atcCode,
    String therapeuticArea,
    String pharmacotherapeuticGroup,
    String indication,
    String marketingAuthorisationHolder,
    LocalDate opinionAdopted,
    LocalDate authorisationIssued,
    String revision,
    LatestProcedure latestProcedure,
    LocalDate pageLastUpdated,
    List<EparDocument> documents) {

  public EparPage {
    documents = documents == null ? List.of() : List.copyOf(documents);
  }
}

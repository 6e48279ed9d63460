package io.eparwatch.epar;

import java.time.LocalDate;
import java.util.List;

/**
 * What an EPAR page says about one medicine, independent of the page design it was read from. Built
 * through {@link #builder()} (or {@link #toBuilder()} for a copy with changes), so that a new field
 * touches this record, the parser, the export mapping and the differ, and no other caller.
 */
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

  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this page's values. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.name = name;
    builder.status = status;
    builder.inn = inn;
    builder.activeSubstance = activeSubstance;
    builder.productNumber = productNumber;
    builder.atcCode = atcCode;
    builder.therapeuticArea = therapeuticArea;
    builder.pharmacotherapeuticGroup = pharmacotherapeuticGroup;
    builder.indication = indication;
    builder.marketingAuthorisationHolder = marketingAuthorisationHolder;
    builder.opinionAdopted = opinionAdopted;
    builder.authorisationIssued = authorisationIssued;
    builder.revision = revision;
    builder.latestProcedure = latestProcedure;
    builder.pageLastUpdated = pageLastUpdated;
    builder.documents = documents;
    return builder;
  }

  /** This page with other documents. */
  public EparPage withDocuments(List<EparDocument> documents) {
    return toBuilder().documents(documents).build();
  }

  /** Builds an {@link EparPage}; every field not set is null (no documents: an empty list). */
  public static final class Builder {
    private String name;
    private String status;
    private String inn;
    private String activeSubstance;
    private String productNumber;
    private String atcCode;
    private String therapeuticArea;
    private String pharmacotherapeuticGroup;
    private String indication;
    private String marketingAuthorisationHolder;
    private LocalDate opinionAdopted;
    private LocalDate authorisationIssued;
    private String revision;
    private LatestProcedure latestProcedure;
    private LocalDate pageLastUpdated;
    private List<EparDocument> documents;

    private Builder() {}

    public Builder name(String value) {
      this.name = value;
      return this;
    }

    public Builder status(String value) {
      this.status = value;
      return this;
    }

    public Builder inn(String value) {
      this.inn = value;
      return this;
    }

    public Builder activeSubstance(String value) {
      this.activeSubstance = value;
      return this;
    }

    public Builder productNumber(String value) {
      this.productNumber = value;
      return this;
    }

    public Builder atcCode(String value) {
      this.atcCode = value;
      return this;
    }

    public Builder therapeuticArea(String value) {
      this.therapeuticArea = value;
      return this;
    }

    public Builder pharmacotherapeuticGroup(String value) {
      this.pharmacotherapeuticGroup = value;
      return this;
    }

    public Builder indication(String value) {
      this.indication = value;
      return this;
    }

    public Builder marketingAuthorisationHolder(String value) {
      this.marketingAuthorisationHolder = value;
      return this;
    }

    public Builder opinionAdopted(LocalDate value) {
      this.opinionAdopted = value;
      return this;
    }

    public Builder authorisationIssued(LocalDate value) {
      this.authorisationIssued = value;
      return this;
    }

    public Builder revision(String value) {
      this.revision = value;
      return this;
    }

    public Builder latestProcedure(LatestProcedure value) {
      this.latestProcedure = value;
      return this;
    }

    public Builder pageLastUpdated(LocalDate value) {
      this.pageLastUpdated = value;
      return this;
    }

    public Builder documents(List<EparDocument> value) {
      this.documents = value;
      return this;
    }

    public EparPage build() {
      return new EparPage(
          name,
          status,
          inn,
          activeSubstance,
          productNumber,
          atcCode,
          therapeuticArea,
          pharmacotherapeuticGroup,
          indication,
          marketingAuthorisationHolder,
          opinionAdopted,
          authorisationIssued,
          revision,
          latestProcedure,
          pageLastUpdated,
          documents);
    }
  }
}

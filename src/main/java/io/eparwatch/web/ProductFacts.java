package io.eparwatch.web;

import io.eparwatch.catalogue.Medicine;
import io.eparwatch.epar.EparPage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The key facts of a medicine as label and value, from its current model or the catalogue. */
final class ProductFacts {

  /** One fact; {@code date} set when the value is a date (shown as EMA shows dates). */
  public record Fact(String label, String value, LocalDate date) {}

  private ProductFacts() {}

  static List<Fact> of(EparPage model, Medicine medicine) {
    List<Fact> facts = new ArrayList<>();
    if (model != null) {
      add(facts, "Status", model.status());
      add(facts, "Product number", model.productNumber());
      add(facts, "INN / common name", model.inn());
      add(facts, "Active substance", model.activeSubstance());
      add(facts, "ATC code", model.atcCode());
      add(facts, "Therapeutic area", model.therapeuticArea());
      add(facts, "Marketing-authorisation holder", model.marketingAuthorisationHolder());
      date(facts, "Marketing authorisation issued", model.authorisationIssued());
      add(facts, "Revision", model.revision());
      if (model.latestProcedure() != null) {
        add(facts, "Latest procedure", model.latestProcedure().number());
      }
      date(facts, "Page last updated", model.pageLastUpdated());
    } else if (medicine != null) {
      add(facts, "Status", medicine.status);
      add(facts, "Product number", medicine.productNumber);
      add(facts, "INN / common name", medicine.inn);
      add(facts, "Active substance", medicine.activeSubstance);
      add(facts, "ATC code", medicine.atcCode);
      add(facts, "Therapeutic area", medicine.therapeuticArea);
      add(facts, "Marketing-authorisation holder", medicine.holder);
      add(facts, "Revision", medicine.revision);
      add(facts, "Latest procedure", medicine.latestProcedure);
      date(facts, "First published", medicine.firstPublished);
      date(facts, "Last updated", medicine.lastUpdated);
    }
    return facts;
  }

  private static void add(List<Fact> facts, String label, String value) {
    if (value != null && !value.isBlank()) {
      facts.add(new Fact(label, value, null));
    }
  }

  private static void date(List<Fact> facts, String label, LocalDate value) {
    if (value != null) {
      facts.add(new Fact(label, null, value));
    }
  }
}

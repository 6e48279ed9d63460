package io.eparwatch.export;

import io.eparwatch.catalogue.Medicine;
import io.eparwatch.epar.EparPage;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Gives the fields a medicine record could not read (marked unknown) the values the catalogue
 * already holds, so that a few odd records change nothing rather than publish changes to null. A
 * record with unknown fields for a product not yet in the catalogue has nothing to keep: it waits
 * for a readable download.
 */
@ApplicationScoped
public class KeptValues {

  private final ExportHistory history;

  public KeptValues(ExportHistory history) {
    this.history = history;
  }

  /** The records, those with unknown fields completed from the catalogue (or left out). */
  public List<MedicineRecord> completed(List<MedicineRecord> records) {
    if (records.stream().allMatch(r -> r.unknown().isEmpty())) {
      return records;
    }
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              List<MedicineRecord> out = new ArrayList<>(records.size());
              for (MedicineRecord record : records) {
                MedicineRecord kept = record.unknown().isEmpty() ? record : kept(record);
                if (kept != null) {
                  out.add(kept);
                }
              }
              return out;
            });
  }

  private MedicineRecord kept(MedicineRecord record) {
    Medicine medicine = Medicine.byProductNumber(record.productNumber()).orElse(null);
    return medicine == null
        ? null
        : keep(record, medicine, ExportHistory.modelOf(history.latest(medicine)));
  }

  static MedicineRecord keep(MedicineRecord r, Medicine m, EparPage p) {
    Set<String> u = r.unknown();
    return new MedicineRecord(
        pick(u, r.category(), m.category, "category"),
        pick(u, r.name(), p.name(), "name_of_medicine"),
        r.productNumber(),
        pick(u, r.status(), p.status(), "medicine_status"),
        r.opinionStatus(),
        pick(
            u,
            r.latestProcedure(),
            m.latestProcedure,
            "latest_procedure_affecting_product_information"),
        pick(u, r.inn(), p.inn(), "international_non_proprietary_name_common_name"),
        pick(u, r.activeSubstance(), p.activeSubstance(), "active_substance"),
        pick(u, r.therapeuticArea(), p.therapeuticArea(), "therapeutic_area_mesh"),
        pick(u, r.atcCode(), p.atcCode(), "atc_code_human", "atcvet_code_veterinary"),
        pick(
            u,
            r.pharmacotherapeuticGroup(),
            p.pharmacotherapeuticGroup(),
            "pharmacotherapeutic_group_human",
            "pharmacotherapeutic_group_veterinary"),
        pick(u, r.indication(), p.indication(), "therapeutic_indication"),
        pick(
            u,
            r.marketingAuthorisationHolder(),
            p.marketingAuthorisationHolder(),
            "marketing_authorisation_developer_applicant_holder"),
        pick(u, r.opinionAdopted(), p.opinionAdopted(), "opinion_adopted_date"),
        pick(u, r.authorisationIssued(), p.authorisationIssued(), "marketing_authorisation_date"),
        pick(u, r.revision(), p.revision(), "revision_number"),
        pick(u, r.firstPublished(), m.firstPublished, "first_published_date"),
        pick(u, r.lastUpdated(), p.pageLastUpdated(), "last_updated_date"),
        pick(u, r.medicineUrl(), m.medicineUrl, "medicine_url"),
        r.flags(),
        u);
  }

  /** The previous value when one of the keys the field is read from is unknown. */
  private static <V> V pick(Set<String> unknown, V current, V previous, String... keys) {
    for (String key : keys) {
      if (unknown.contains(key)) {
        return previous;
      }
    }
    return current;
  }
}

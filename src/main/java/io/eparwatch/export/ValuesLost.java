package io.eparwatch.export;

import io.eparwatch.catalogue.Medicine;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How many medicines of a download would lose a value the catalogue holds: many at once is a
 * changed export, not a change of the medicines, and the download is refused whole.
 */
final class ValuesLost {

  private ValuesLost() {}

  /**
   * The products of {@code records} already in {@code catalogue}, and how many of them lose one.
   */
  record Count(long lost, long known) {}

  static Count among(List<MedicineRecord> records, List<Medicine> catalogue) {
    Map<String, Medicine> known =
        catalogue.stream()
            .collect(Collectors.toMap(m -> m.productNumber, Function.identity(), (a, b) -> a));
    long seen = 0;
    long lost = 0;
    for (MedicineRecord record : records) {
      Medicine medicine = known.get(record.productNumber());
      if (medicine != null) {
        seen++;
        lost += losesAValue(medicine, record) ? 1 : 0;
      }
    }
    return new Count(lost, seen);
  }

  private static boolean losesAValue(Medicine m, MedicineRecord r) {
    return lost(m.name, r.name())
        || lost(m.inn, r.inn())
        || lost(m.activeSubstance, r.activeSubstance())
        || lost(m.status, r.status())
        || lost(m.holder, r.marketingAuthorisationHolder())
        || lost(m.atcCode, r.atcCode())
        || lost(m.therapeuticArea, r.therapeuticArea())
        || lost(m.latestProcedure, r.latestProcedure())
        || lost(m.revision, r.revision())
        || lost(m.lastUpdated, r.lastUpdated());
  }

  private static boolean lost(Object before, Object after) {
    return before != null && after == null;
  }
}

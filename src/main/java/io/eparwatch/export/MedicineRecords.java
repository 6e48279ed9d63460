package io.eparwatch.export;

import io.eparwatch.catalogue.Medicine;
import io.eparwatch.source.EmaUrls;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Maps records of the medicines JSON report. */
final class MedicineRecords implements RecordMapper<MedicineRecord> {

  /** The report's Yes/No fields, in the sorted order {@link MedicineRecord#flags()} keeps. */
  static final List<String> FLAGS =
      List.of(
          "accelerated_assessment",
          "additional_monitoring",
          "advanced_therapy",
          "biosimilar",
          "conditional_approval",
          "exceptional_circumstances",
          "generic",
          "orphan_medicine",
          "patient_safety",
          "prime_priority_medicine");

  /** The length of the product number columns; a longer one is no EMA product number. */
  static final int MAX_PRODUCT_NUMBER = 100;

  private static final List<String> REQUIRED =
      List.of("name_of_medicine", "ema_product_number", "medicine_status", "medicine_url");

  private static final Map<String, ValueFormat> CHECKED = checked();

  @Override
  public String kind() {
    return "medicine";
  }

  @Override
  public List<String> requiredKeys() {
    return REQUIRED;
  }

  @Override
  public String unstorable(MedicineRecord record) {
    if (record.productNumber().length() > MAX_PRODUCT_NUMBER) {
      return "product number longer than " + MAX_PRODUCT_NUMBER + " characters";
    }
    String slug = Medicine.slugOf(record.medicineUrl());
    return slug != null && slug.length() > EmaUrls.MAX_SLUG_LENGTH
        ? "page name in medicine_url longer than " + EmaUrls.MAX_SLUG_LENGTH + " characters"
        : null;
  }

  @Override
  public Map<String, ValueFormat> checkedKeys() {
    return CHECKED;
  }

  @Override
  public MedicineRecord map(RecordFields fields) {
    return new MedicineRecord(
        fields.shared("category"),
        fields.text("name_of_medicine"),
        fields.shared("ema_product_number"),
        fields.shared("medicine_status"),
        fields.shared("opinion_status"),
        fields.text("latest_procedure_affecting_product_information"),
        fields.list("international_non_proprietary_name_common_name"),
        fields.list("active_substance"),
        fields.list("therapeutic_area_mesh"),
        fields.firstText("atc_code_human", "atcvet_code_veterinary"),
        fields.firstText("pharmacotherapeutic_group_human", "pharmacotherapeutic_group_veterinary"),
        fields.text("therapeutic_indication"),
        fields.shared("marketing_authorisation_developer_applicant_holder"),
        fields.date("opinion_adopted_date"),
        fields.date("marketing_authorisation_date"),
        fields.text("revision_number"),
        fields.date("first_published_date"),
        fields.date("last_updated_date"),
        fields.text("medicine_url"),
        flags(fields),
        fields.unknown());
  }

  private static Map<String, ValueFormat> checked() {
    Map<String, ValueFormat> keys = new LinkedHashMap<>();
    for (String key :
        List.of(
            "name_of_medicine",
            "ema_product_number",
            "medicine_status",
            "medicine_url",
            "category",
            "opinion_status",
            "latest_procedure_affecting_product_information",
            "international_non_proprietary_name_common_name",
            "active_substance",
            "therapeutic_area_mesh",
            "atc_code_human",
            "atcvet_code_veterinary",
            "pharmacotherapeutic_group_human",
            "pharmacotherapeutic_group_veterinary",
            "therapeutic_indication",
            "marketing_authorisation_developer_applicant_holder")) {
      keys.put(key, ValueFormat.TEXT);
    }
    for (String key :
        List.of(
            "opinion_adopted_date",
            "marketing_authorisation_date",
            "first_published_date",
            "last_updated_date")) {
      keys.put(key, ValueFormat.DATE);
    }
    keys.put("revision_number", ValueFormat.WHOLE_NUMBER);
    FLAGS.forEach(flag -> keys.put(flag, ValueFormat.YES_NO));
    return Collections.unmodifiableMap(keys);
  }

  private static List<String> flags(RecordFields fields) {
    List<String> yes = new ArrayList<>();
    for (String flag : FLAGS) {
      if (fields.yes(flag)) {
        yes.add(flag);
      }
    }
    return fields.shared(List.copyOf(yes));
  }
}

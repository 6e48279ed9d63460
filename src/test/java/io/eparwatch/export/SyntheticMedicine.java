package io.eparwatch.export;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.LocalDate;

/** One synthetic record of the medicines report, every field in EMA's order. */
final class SyntheticMedicine {

  private static final String[] STATUSES = {
    "Authorised",
    "Authorised",
    "Authorised",
    "Authorised",
    "Authorised",
    "Authorised",
    "Authorised",
    "Withdrawn",
    "Refused",
    "Opinion",
    "Application withdrawn"
  };
  private static final String[] AREAS = {
    "Multiple Sclerosis",
    "Diabetes Mellitus, Type 2",
    "Obesity",
    "HIV Infections",
    "Hemophilia A",
    "Melanoma",
    "Psoriasis",
    "Hypertension",
    "Influenza, Human",
    "Epilepsies, Myoclonic"
  };
  private static final String[] HOLDERS = {
    "Sandoz GmbH",
    "UCB Pharma S.A.",
    "Merck Sharp & Dohme B.V.",
    "Novartis Europharm Limited",
    "Eli Lilly Nederland B.V.",
    "Viatris Limited",
    "Accord Healthcare S.L.U."
  };
  private static final String[] FLAGS = {
    "patient_safety", "accelerated_assessment", "additional_monitoring", "advanced_therapy",
        "biosimilar",
    "conditional_approval", "exceptional_circumstances", "generic", "orphan_medicine",
        "prime_priority_medicine"
  };

  private SyntheticMedicine() {}

  static void write(JsonGenerator json, int product, SyntheticText text) throws IOException {
    String name = SyntheticText.medicineName(product);
    String status = text.pick(STATUSES);
    boolean authorised = !status.equals("Refused") && !status.equals("Opinion");
    String substance = text.prose(1, 2).replace(".", "").toLowerCase();
    LocalDate opinion = text.dateBetween(1996, 2026);
    json.writeStartObject();
    json.writeStringField("category", "Human");
    json.writeStringField("name_of_medicine", name);
    json.writeStringField("ema_product_number", SyntheticText.productNumber(product));
    json.writeStringField("medicine_status", status);
    json.writeStringField(
        "opinion_status", authorised ? "" : status.equals("Refused") ? "Negative" : "Positive");
    String procedure = String.format("II/%04d", text.between(1, 120));
    json.writeStringField("latest_procedure_affecting_product_information", procedure);
    json.writeStringField("international_non_proprietary_name_common_name", substance);
    json.writeStringField("active_substance", text.maybeTrailingSpace(substance));
    String areas = text.pick(AREAS) + (text.chance(0.3) ? ";" + text.pick(AREAS) : "");
    json.writeStringField("therapeutic_area_mesh", areas);
    json.writeStringField("species_veterinary", "");
    writeFlag(json, FLAGS[0], text);
    String atc = String.format("L0%dAG%02d", text.between(1, 4), text.between(1, 20));
    json.writeStringField("atc_code_human", atc);
    json.writeStringField("atcvet_code_veterinary", "");
    json.writeStringField("pharmacotherapeutic_group_human", text.prose(2, 4).replace(".", ""));
    json.writeStringField("pharmacotherapeutic_group_veterinary", "");
    json.writeStringField("therapeutic_indication", name + " is " + text.prose(40, 110));
    for (int i = 1; i < FLAGS.length; i++) {
      writeFlag(json, FLAGS[i], text);
    }
    String holder = text.maybeTrailingSpace(text.pick(HOLDERS));
    json.writeStringField("marketing_authorisation_developer_applicant_holder", holder);
    writeDates(json, opinion, authorised, text);
    String url = "https://www.ema.europa.eu/en/medicines/human/EPAR/" + SyntheticText.slug(name);
    json.writeStringField("medicine_url", url);
    json.writeEndObject();
  }

  private static void writeDates(
      JsonGenerator json, LocalDate opinion, boolean authorised, SyntheticText text)
      throws IOException {
    LocalDate authorisation = authorised ? opinion.plusDays(text.between(30, 70)) : null;
    json.writeStringField("european_commission_decision_date", text.date(authorisation, false));
    json.writeStringField("start_of_rolling_review_date", "");
    json.writeStringField("start_of_evaluation_date", "");
    json.writeStringField("opinion_adopted_date", text.date(opinion, false));
    json.writeStringField("withdrawal_of_application_date", "");
    json.writeStringField("marketing_authorisation_date", text.date(authorisation, false));
    json.writeStringField("refusal_of_marketing_authorisation_date", "");
    json.writeStringField("withdrawal_expiry_revocation_lapse_of_marketing_authorisation_date", "");
    json.writeStringField("suspension_of_marketing_authorisation_date", "");
    json.writeStringField("revision_number", authorised ? String.valueOf(text.between(1, 40)) : "");
    json.writeStringField("first_published_date", text.date(opinion.plusDays(1), false));
    json.writeStringField(
        "last_updated_date", text.date(opinion.plusDays(text.between(1, 3_000)), false));
  }

  private static void writeFlag(JsonGenerator json, String flag, SyntheticText text)
      throws IOException {
    json.writeStringField(flag, text.chance(0.15) ? "Yes" : "No");
  }
}

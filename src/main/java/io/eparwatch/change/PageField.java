package io.eparwatch.change;

import io.eparwatch.epar.EmaText;
import io.eparwatch.epar.EparPage;
import io.eparwatch.epar.LatestProcedure;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A page-level field the differ compares, in the order its changes are reported. */
enum PageField {
  NAME("name", EparPage::name, true),
  STATUS("status", EparPage::status, false),
  INN("inn", EparPage::inn, true),
  ACTIVE_SUBSTANCE("activeSubstance", EparPage::activeSubstance, true),
  PRODUCT_NUMBER("productNumber", EparPage::productNumber, false),
  ATC_CODE("atcCode", EparPage::atcCode, false),
  THERAPEUTIC_AREA("therapeuticArea", EparPage::therapeuticArea, true),
  PHARMACOTHERAPEUTIC_GROUP("pharmacotherapeuticGroup", EparPage::pharmacotherapeuticGroup, true),
  INDICATION("indication", EparPage::indication, true),
  MARKETING_AUTHORISATION_HOLDER(
      "marketingAuthorisationHolder", EparPage::marketingAuthorisationHolder, true),
  OPINION_ADOPTED("opinionAdopted", EparPage::opinionAdopted, false),
  AUTHORISATION_ISSUED("authorisationIssued", EparPage::authorisationIssued, false),
  REVISION("revision", EparPage::revision, false),
  LATEST_PROCEDURE("latestProcedure", page -> display(page.latestProcedure()), false),
  PAGE_LAST_UPDATED("pageLastUpdated", EparPage::pageLastUpdated, false);

  private final String fieldName;
  private final Function<EparPage, ?> value;

  /** Free text, where a word diff helps the reader; codes and dates are shown whole. */
  private final boolean wordDiffed;

  PageField(String fieldName, Function<EparPage, ?> value, boolean wordDiffed) {
    this.fieldName = fieldName;
    this.value = value;
    this.wordDiffed = wordDiffed;
  }

  /** The field called {@code name} in events, if there is one. */
  static Optional<PageField> named(String name) {
    return Arrays.stream(values()).filter(f -> f.fieldName.equals(name)).findFirst();
  }

  /**
   * A value that had a value and now has less: none at all, or a procedure that lost its date but
   * kept its number (a date in a new format, say).
   */
  static boolean lost(String field, String before, String after) {
    if (before == null) {
      return false;
    }
    return after == null
        || (LATEST_PROCEDURE.fieldName.equals(field) && before.startsWith(after + " ("));
  }

  /** The change of this field from {@code before} to {@code after}. */
  Change change(String before, String after) {
    return Change.fieldChanged(
        fieldName, before, after, wordDiffed ? WordDiff.render(before, after) : null);
  }

  String fieldName() {
    return fieldName;
  }

  /** The normalized display string of this field on {@code page}, null when absent. */
  String displayOf(EparPage page) {
    return DisplayText.of(value.apply(page));
  }

  /**
   * Whether the two pages hold the very same value here: then their display forms agree too, and
   * neither needs to be built (most fields of a changed page are unchanged).
   */
  boolean sameValue(EparPage before, EparPage after) {
    return Objects.equals(value.apply(before), value.apply(after));
  }

  /** {@code VR/0000296281 (2025-10-06)}. */
  static String display(LatestProcedure procedure) {
    if (procedure == null) {
      return null;
    }
    String number = EmaText.normalize(procedure.number());
    String date = procedure.date() == null ? null : "(" + procedure.date() + ")";
    String joined =
        Stream.of(number, date).filter(Objects::nonNull).collect(Collectors.joining(" "));
    return joined.isEmpty() ? null : joined;
  }
}

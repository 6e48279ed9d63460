package io.eparwatch.change;

import static io.eparwatch.change.TestPages.ASSESSMENT_URL;
import static io.eparwatch.change.TestPages.EMA;
import static io.eparwatch.change.TestPages.assessmentReport;
import static io.eparwatch.change.TestPages.document;
import static io.eparwatch.change.TestPages.page;
import static io.eparwatch.change.TestPages.productInformation;
import static io.eparwatch.change.TestPages.summary;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.eparwatch.epar.EparDocument;
import io.eparwatch.epar.EparPage;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

// Nested classes end in "Test": surefire's -Dtest='io.eparwatch.change.*Test' silently skips
// others.
class EparDifferTest {

  private final EparDiffer differ = new EparDiffer();

  private List<Change> diff(TestPages.PageBuilder before, TestPages.PageBuilder after) {
    return differ.diff(before.build(), after.build());
  }

  private static EparDocument built(TestPages.DocumentBuilder document) {
    return document.build();
  }

  @Nested
  class NoChangeTest {

    @Test
    void identicalPages() {
      assertEquals(List.of(), diff(page(), page()));
    }

    @Test
    void reorderedDocuments() {
      assertEquals(
          List.of(),
          diff(
              page().documents(productInformation(), summary(), assessmentReport()),
              page().documents(assessmentReport(), productInformation(), summary())));
    }

    @Test
    void reorderedLanguages() {
      assertEquals(
          List.of(),
          diff(
              page().documents(productInformation().languages("bg", "es", "en")),
              page().documents(productInformation().languages("en", "es", "bg"))));
    }

    @Test
    void uploadCounterInUrlIsTheSameDocument() {
      String url =
          EMA + "/en/documents/product-information/imlygic-epar-product-information_en.pdf";
      assertEquals(
          List.of(),
          diff(
              page().documents(productInformation().url(url + "-0")),
              page().documents(productInformation().url(url))));
    }

    @Test
    void whitespaceOnlyDifferencesInPageFields() {
      assertEquals(
          List.of(),
          diff(
              page().name("Imlygic").indication("adults with  melanoma that is metastatic."),
              page()
                  .name(" Imlygic\u00A0")
                  .indication("adults with\u00A0melanoma that is\nmetastatic. ")));
    }

    @Test
    void whitespaceOnlyDifferencesInDocumentFields() {
      assertEquals(
          List.of(),
          diff(
              page().documents(productInformation().title("Imlygic : EPAR - Product information")),
              page()
                  .documents(
                      productInformation().title("Imlygic :\u00A0EPAR -  Product information "))));
    }

    @Test
    void spaceAddedAfterPunctuation() {
      assertEquals(
          List.of(),
          diff(
              page().marketingAuthorisationHolder("Amgen Europe B.V.,Breda"),
              page().marketingAuthorisationHolder("Amgen Europe B.V., Breda")));
    }

    @Test
    void blankIsTheSameAsAbsent() {
      assertEquals(List.of(), diff(page().revision(null), page().revision("  ")));
    }
  }

  @Nested
  class PageFieldTest {

    @Test
    void textFieldCarriesAWordDiff() {
      assertEquals(
          List.of(
              Change.fieldChanged(
                  "indication",
                  "adults with melanoma that is metastatic.",
                  "adults with unresectable melanoma that is metastatic.",
                  "adults with {+unresectable+} melanoma that is metastatic.")),
          diff(
              page().indication("adults with melanoma that is metastatic."),
              page().indication("adults with unresectable melanoma that is metastatic.")));
    }

    @Test
    void codeFieldHasNoWordDiff() {
      assertEquals(
          List.of(Change.fieldChanged("atcCode", "L01XX51", "L01XL06", null)),
          diff(page().atcCode("L01XX51"), page().atcCode("L01XL06")));
    }

    @Test
    void datesAreShownInIsoForm() {
      assertEquals(
          List.of(Change.fieldChanged("opinionAdopted", "2015-10-22", "2015-10-23", null)),
          diff(
              page().opinionAdopted(LocalDate.of(2015, 10, 22)),
              page().opinionAdopted(LocalDate.of(2015, 10, 23))));
    }

    @Test
    void nullToValueIsAChange() {
      assertEquals(
          List.of(
              Change.fieldChanged(
                  "marketingAuthorisationHolder",
                  null,
                  "Amgen Europe B.V.",
                  "{+Amgen Europe B.V.+}")),
          diff(
              page().marketingAuthorisationHolder(null),
              page().marketingAuthorisationHolder("Amgen Europe B.V.")));
    }

    @Test
    void valueToNullIsAChange() {
      assertEquals(
          List.of(Change.fieldChanged("latestProcedure", "VR/0000245512 (2025-03-14)", null, null)),
          diff(page(), page().noLatestProcedure()));
    }

    @Test
    void fieldsAreReportedInFieldOrder() {
      List<Change> changes =
          diff(
              page(),
              page()
                  .revision("13")
                  .status("Withdrawn")
                  .name("Imlygic 2")
                  .therapeuticArea("Skin cancer"));
      assertEquals(
          List.of("name", "status", "therapeuticArea", "revision"),
          changes.stream().map(Change::field).toList());
    }
  }

  @Nested
  class DocumentTest {

    @Test
    void productInformationRevision() {
      EparPage before =
          page()
              .latestProcedure("VR/0000245512", LocalDate.of(2025, 3, 14))
              .pageLastUpdated(LocalDate.of(2025, 10, 6))
              .documents(productInformation().lastUpdated(LocalDate.of(2025, 10, 6)), summary())
              .build();
      TestPages.DocumentBuilder revisedPi =
          productInformation().lastUpdated(LocalDate.of(2025, 11, 20));
      EparPage after =
          page()
              .latestProcedure("VR/0000296281", LocalDate.of(2025, 10, 6))
              .pageLastUpdated(LocalDate.of(2025, 11, 20))
              .documents(revisedPi, summary())
              .build();

      assertEquals(
          List.of(
              Change.fieldChanged(
                  "latestProcedure",
                  "VR/0000245512 (2025-03-14)",
                  "VR/0000296281 (2025-10-06)",
                  null),
              Change.fieldChanged("pageLastUpdated", "2025-10-06", "2025-11-20", null),
              Change.documentUpdated(built(revisedPi), "lastUpdated", "2025-10-06", "2025-11-20")),
          differ.diff(before, after));
    }

    @Test
    void titleChangeIsAnUpdateNotAnAddAndRemove() {
      TestPages.DocumentBuilder retitled =
          summary().title("Imlygic : EPAR - Summary for the public");
      List<Change> changes = diff(page().documents(summary()), page().documents(retitled));

      assertEquals(
          List.of(
              Change.documentUpdated(
                  built(retitled),
                  "title",
                  "Imlygic : EPAR - Medicine overview",
                  "Imlygic : EPAR - Summary for the public")),
          changes);
      assertEquals(
          "/documents/overview/imlygic-epar-summary-public.pdf", changes.get(0).documentKey());
    }

    @Test
    void sizeAndReferenceNumberChanges() {
      TestPages.DocumentBuilder revised =
          productInformation().sizeBytes(2_000_000L).referenceNumber("EMA/CHMP/654321/2025");
      assertEquals(
          List.of(
              Change.documentUpdated(built(revised), "size", "1048576", "2000000"),
              Change.documentUpdated(
                  built(revised),
                  "referenceNumber",
                  "EMA/CHMP/123456/2015",
                  "EMA/CHMP/654321/2025")),
          diff(page().documents(productInformation()), page().documents(revised)));
    }

    @Test
    void missingSizeToKnownSizeIsAChange() {
      TestPages.DocumentBuilder sized = summary().sizeBytes(120_000L);
      assertEquals(
          List.of(Change.documentUpdated(built(sized), "size", null, "120000")),
          diff(page().documents(summary().sizeBytes(null)), page().documents(sized)));
    }

    @Test
    void addedDocumentIsOneEventWithoutTranslations() {
      TestPages.DocumentBuilder rmp =
          document(
                  EMA
                      + "/en/documents/rmp-summary/imlygic-epar-risk-management-plan-summary_en.pdf")
              .title("Imlygic : EPAR - Risk management plan summary")
              .languages("en", "de", "fr");
      assertEquals(
          List.of(Change.documentAdded(built(rmp))),
          diff(page().documents(summary()), page().documents(summary(), rmp)));
    }

    @Test
    void removedDocumentCarriesTheOldTitleAndUrl() {
      List<Change> changes =
          diff(page().documents(summary(), assessmentReport()), page().documents(summary()));

      assertEquals(List.of(Change.documentRemoved(built(assessmentReport()))), changes);
      assertEquals("Imlygic : EPAR - Public assessment report", changes.get(0).documentTitle());
      assertEquals(ASSESSMENT_URL, changes.get(0).documentUrl());
    }
  }

  @Nested
  class TranslationTest {

    @Test
    void addedAndRemovedLanguages() {
      TestPages.DocumentBuilder after = productInformation().languages("en", "bg", "fr", "mt");
      List<Change> changes =
          diff(
              page().documents(productInformation().languages("bg", "es", "cs", "en")),
              page().documents(after));

      assertEquals(
          List.of(
              Change.translationAdded(built(after), "fr"),
              Change.translationAdded(built(after), "mt"),
              Change.translationRemoved(built(after), "es"),
              Change.translationRemoved(built(after), "cs")),
          changes);
      assertNull(changes.get(0).field());
    }

    @Test
    void englishIsNotATranslation() {
      assertEquals(
          List.of(),
          diff(
              page().documents(summary().languages("de")),
              page().documents(summary().languages("en", "de"))));
    }
  }

  @Nested
  class OrderTest {

    @Test
    void fieldsThenNewPageDocumentsThenRemovalsInOldOrder() {
      TestPages.DocumentBuilder rmp =
          document(
              EMA + "/en/documents/rmp-summary/imlygic-epar-risk-management-plan-summary_en.pdf");
      TestPages.DocumentBuilder withGerman = assessmentReport().languages("en", "de");
      TestPages.DocumentBuilder pqr =
          document(
              EMA
                  + "/en/documents/procedural-steps-after/imlygic-epar-procedural-steps-taken-and-scientific-information-after-authorisation_en.pdf");
      TestPages.DocumentBuilder oldSummary = summary();

      List<Change> changes =
          diff(
              page().documents(oldSummary, pqr, productInformation(), assessmentReport()),
              page().revision("13").documents(rmp, withGerman, productInformation()));

      assertEquals(
          List.of(
              Change.fieldChanged("revision", "12", "13", null),
              Change.documentAdded(built(rmp)),
              Change.translationAdded(built(withGerman), "de"),
              Change.documentRemoved(built(oldSummary)),
              Change.documentRemoved(built(pqr))),
          changes);
    }
  }
}

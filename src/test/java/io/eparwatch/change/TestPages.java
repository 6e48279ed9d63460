package io.eparwatch.change;

import io.eparwatch.epar.EparDocument;
import io.eparwatch.epar.EparPage;
import io.eparwatch.epar.LatestProcedure;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Readable builders for EPAR pages in tests; every builder starts from a plausible Imlygic page.
 */
final class TestPages {

  static final String EMA = "https://www.ema.europa.eu";
  static final String PI_URL =
      EMA + "/en/documents/product-information/imlygic-epar-product-information_en.pdf";
  static final String SUMMARY_URL =
      EMA + "/en/documents/overview/imlygic-epar-summary-public_en.pdf";
  static final String ASSESSMENT_URL =
      EMA + "/en/documents/assessment-report/imlygic-epar-public-assessment-report_en.pdf";

  private TestPages() {}

  static PageBuilder page() {
    return new PageBuilder();
  }

  static DocumentBuilder document(String url) {
    return new DocumentBuilder(url);
  }

  static DocumentBuilder productInformation() {
    return document(PI_URL)
        .title("Imlygic : EPAR - Product information")
        .type("product-information")
        .referenceNumber("EMA/CHMP/123456/2015")
        .sizeBytes(1_048_576L)
        .firstPublished(LocalDate.of(2016, 1, 4))
        .lastUpdated(LocalDate.of(2025, 10, 6))
        .languages("bg", "es", "cs", "en");
  }

  static DocumentBuilder summary() {
    return document(SUMMARY_URL)
        .title("Imlygic : EPAR - Medicine overview")
        .type("overview")
        .sizeBytes(120_000L)
        .lastUpdated(LocalDate.of(2016, 1, 4))
        .languages("en", "de");
  }

  static DocumentBuilder assessmentReport() {
    return document(ASSESSMENT_URL)
        .title("Imlygic : EPAR - Public assessment report")
        .type("assessment-report")
        .sizeBytes(2_500_000L)
        .lastUpdated(LocalDate.of(2016, 1, 4))
        .languages("en");
  }

  static final class PageBuilder {
    private String name = "Imlygic";
    private String status = "Authorised";
    private String inn = "talimogene laherparepvec";
    private String activeSubstance = "talimogene laherparepvec";
    private String productNumber = "EMEA/H/C/002771";
    private String atcCode = "L01XL06";
    private String therapeuticArea = "Melanoma";
    private String pharmacotherapeuticGroup = "Antineoplastic agents";
    private String indication =
        "Imlygic is indicated for the treatment of adults with melanoma that is regionally or distantly metastatic.";
    private String marketingAuthorisationHolder = "Amgen Europe B.V.";
    private LocalDate opinionAdopted = LocalDate.of(2015, 10, 22);
    private LocalDate authorisationIssued = LocalDate.of(2015, 12, 16);
    private String revision = "12";
    private LatestProcedure latestProcedure =
        new LatestProcedure("VR/0000245512", LocalDate.of(2025, 3, 14));
    private LocalDate pageLastUpdated = LocalDate.of(2025, 10, 6);
    private List<EparDocument> documents =
        List.of(productInformation().build(), summary().build(), assessmentReport().build());

    PageBuilder name(String value) {
      name = value;
      return this;
    }

    PageBuilder status(String value) {
      status = value;
      return this;
    }

    PageBuilder inn(String value) {
      inn = value;
      return this;
    }

    PageBuilder atcCode(String value) {
      atcCode = value;
      return this;
    }

    PageBuilder therapeuticArea(String value) {
      therapeuticArea = value;
      return this;
    }

    PageBuilder indication(String value) {
      indication = value;
      return this;
    }

    PageBuilder marketingAuthorisationHolder(String value) {
      marketingAuthorisationHolder = value;
      return this;
    }

    PageBuilder opinionAdopted(LocalDate value) {
      opinionAdopted = value;
      return this;
    }

    PageBuilder revision(String value) {
      revision = value;
      return this;
    }

    PageBuilder latestProcedure(String number, LocalDate date) {
      latestProcedure = new LatestProcedure(number, date);
      return this;
    }

    PageBuilder noLatestProcedure() {
      latestProcedure = null;
      return this;
    }

    PageBuilder pageLastUpdated(LocalDate value) {
      pageLastUpdated = value;
      return this;
    }

    PageBuilder documents(DocumentBuilder... builders) {
      documents = Arrays.stream(builders).map(DocumentBuilder::build).toList();
      return this;
    }

    EparPage build() {
      return EparPage.builder()
          .name(name)
          .status(status)
          .inn(inn)
          .activeSubstance(activeSubstance)
          .productNumber(productNumber)
          .atcCode(atcCode)
          .therapeuticArea(therapeuticArea)
          .pharmacotherapeuticGroup(pharmacotherapeuticGroup)
          .indication(indication)
          .marketingAuthorisationHolder(marketingAuthorisationHolder)
          .opinionAdopted(opinionAdopted)
          .authorisationIssued(authorisationIssued)
          .revision(revision)
          .latestProcedure(latestProcedure)
          .pageLastUpdated(pageLastUpdated)
          .documents(documents)
          .build();
    }
  }

  static final class DocumentBuilder {
    private String title = "Document";
    private String type;
    private String section;
    private String url;
    private String referenceNumber;
    private String status;
    private String format = "PDF";
    private Long sizeBytes;
    private LocalDate firstPublished;
    private LocalDate lastUpdated;
    private List<String> languages = new ArrayList<>(List.of("en"));

    private DocumentBuilder(String url) {
      this.url = url;
    }

    DocumentBuilder title(String value) {
      title = value;
      return this;
    }

    DocumentBuilder type(String value) {
      type = value;
      return this;
    }

    DocumentBuilder url(String value) {
      url = value;
      return this;
    }

    DocumentBuilder referenceNumber(String value) {
      referenceNumber = value;
      return this;
    }

    DocumentBuilder sizeBytes(Long value) {
      sizeBytes = value;
      return this;
    }

    DocumentBuilder firstPublished(LocalDate value) {
      firstPublished = value;
      return this;
    }

    DocumentBuilder lastUpdated(LocalDate value) {
      lastUpdated = value;
      return this;
    }

    DocumentBuilder languages(String... codes) {
      languages = new ArrayList<>(List.of(codes));
      return this;
    }

    EparDocument build() {
      return new EparDocument(
          title,
          type,
          section,
          url,
          referenceNumber,
          status,
          format,
          sizeBytes,
          firstPublished,
          lastUpdated,
          languages);
    }
  }
}

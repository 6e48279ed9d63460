package io.eparwatch.export;

import io.eparwatch.epar.EparDocument;
import io.eparwatch.epar.EparPage;
import io.eparwatch.epar.LatestProcedure;
import java.util.List;
import java.util.Locale;

/**
 * A product as the exports describe it, in the same model as a page ({@link EparPage}), so that one
 * differ and one set of event types serve both sources. The medicines export gives the fields, the
 * documents export the documents.
 */
final class ProductModels {

  private ProductModels() {}

  static EparPage fields(MedicineRecord r) {
    return EparPage.builder()
        .name(r.name())
        .status(r.status())
        .inn(r.inn())
        .activeSubstance(r.activeSubstance())
        .productNumber(r.productNumber())
        .atcCode(r.atcCode())
        .therapeuticArea(r.therapeuticArea())
        .pharmacotherapeuticGroup(r.pharmacotherapeuticGroup())
        .indication(r.indication())
        .marketingAuthorisationHolder(r.marketingAuthorisationHolder())
        .opinionAdopted(r.opinionAdopted())
        .authorisationIssued(r.authorisationIssued())
        .revision(r.revision())
        .latestProcedure(
            r.latestProcedure() == null ? null : new LatestProcedure(r.latestProcedure(), null))
        .pageLastUpdated(r.lastUpdated())
        .build();
  }

  static EparDocument document(DocumentRecord d) {
    return new EparDocument(
        d.title(),
        d.type(),
        null,
        d.url(),
        d.referenceNumber(),
        d.status(),
        formatOf(d.url()),
        null,
        d.firstPublished(),
        d.lastUpdated(),
        d.languages());
  }

  static EparPage withDocuments(EparPage page, List<EparDocument> documents) {
    return page.withDocuments(documents);
  }

  /** Only the documents, so that their fingerprint does not move with the fields. */
  static EparPage documentsOnly(List<EparDocument> documents) {
    return EparPage.builder().documents(documents).build();
  }

  /** "PDF" for {@code ..._en.pdf} and {@code ..._en.pdf-0}. */
  static String formatOf(String url) {
    if (url == null) {
      return null;
    }
    String name = url.substring(url.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    if (dot < 0) {
      return null;
    }
    String extension = name.substring(dot + 1);
    int counter = extension.indexOf('-');
    return (counter < 0 ? extension : extension.substring(0, counter)).toUpperCase(Locale.ROOT);
  }
}

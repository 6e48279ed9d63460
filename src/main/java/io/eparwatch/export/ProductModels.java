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
    return new EparPage(
        r.name(),
        r.status(),
        r.inn(),
        r.activeSubstance(),
        r.productNumber(),
        r.atcCode(),
        r.therapeuticArea(),
        r.pharmacotherapeuticGroup(),
        r.indication(),
        r.marketingAuthorisationHolder(),
        r.opinionAdopted(),
        r.authorisationIssued(),
        r.revision(),
        r.latestProcedure() == null ? null : new LatestProcedure(r.latestProcedure(), null),
        r.lastUpdated(),
        List.of());
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
    return new EparPage(
        page.name(),
        page.status(),
        page.inn(),
        page.activeSubstance(),
        page.productNumber(),
        page.atcCode(),
        page.therapeuticArea(),
        page.pharmacotherapeuticGroup(),
        page.indication(),
        page.marketingAuthorisationHolder(),
        page.opinionAdopted(),
        page.authorisationIssued(),
        page.revision(),
        page.latestProcedure(),
        page.pageLastUpdated(),
        documents);
  }

  /** Only the documents, so that their fingerprint does not move with the fields. */
  static EparPage documentsOnly(List<EparDocument> documents) {
    return new EparPage(
        null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
        documents);
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

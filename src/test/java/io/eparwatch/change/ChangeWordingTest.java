package io.eparwatch.change;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ChangeWordingTest {

  @Test
  void aProductInformationUpdateShowsEmaDates() {
    ChangeEvent event = event(ChangeType.DOCUMENT_UPDATED);
    event.field = "lastUpdated";
    event.before = "2025-10-06";
    event.after = "2026-11-14";
    assertEquals(
        "Imlygic: Product Information updated (06/10/2025 → 14/11/2026)",
        ChangeWording.title(event));
  }

  @Test
  void documentsAndTranslations() {
    assertEquals("Imlygic: new document: Product Information", title(ChangeType.DOCUMENT_ADDED));
    assertEquals(
        "Imlygic: document removed: Product Information", title(ChangeType.DOCUMENT_REMOVED));
    ChangeEvent translation = event(ChangeType.TRANSLATION_ADDED);
    translation.language = "de";
    translation.documentTitle = "Imlygic : EPAR - Package leaflet";
    assertEquals(
        "Imlygic: translation added (de): Package leaflet", ChangeWording.title(translation));
    ChangeEvent report = event(ChangeType.DOCUMENT_ADDED);
    report.documentTitle = "Imlygic-H-C-002771-P46-011: EPAR - Assessment report";
    assertEquals("Imlygic: new document: Assessment report", ChangeWording.title(report));
  }

  @Test
  void fieldsInWordsWithShortValuesOnly() {
    ChangeEvent indication = event(ChangeType.FIELD_CHANGED);
    indication.field = "indication";
    indication.before = "adults with melanoma";
    indication.after = "adults with unresectable melanoma";
    indication.diff = "adults with {+unresectable+} melanoma";
    assertEquals("Imlygic: indication changed", ChangeWording.title(indication));
    ChangeEvent holder = event(ChangeType.FIELD_CHANGED);
    holder.field = "marketingAuthorisationHolder";
    holder.before = "Amgen Europe B.V.";
    holder.after = null;
    assertEquals(
        "Imlygic: marketing-authorisation holder changed (Amgen Europe B.V. → none)",
        ChangeWording.title(holder));
    ChangeEvent issued = event(ChangeType.FIELD_CHANGED);
    issued.field = "authorisationIssued";
    issued.before = "2015-12-16";
    issued.after = "2015-12-17";
    assertEquals(
        "Imlygic: authorisation issued changed (16/12/2015 → 17/12/2015)",
        ChangeWording.title(issued));
    assertEquals("Imlygic: new medicine", title(ChangeType.MEDICINE_ADDED));
  }

  @Test
  void aProductWithoutNameIsNamedBySlug() {
    ChangeEvent event = event(ChangeType.MEDICINE_ADDED);
    event.productName = "  ";
    assertEquals("imlygic: new medicine", ChangeWording.title(event));
  }

  private static String title(ChangeType type) {
    return ChangeWording.title(event(type));
  }

  private static ChangeEvent event(ChangeType type) {
    ChangeEvent event = new ChangeEvent();
    event.product = "imlygic";
    event.productName = "Imlygic";
    event.type = type;
    event.documentTitle = "Imlygic : EPAR - Product Information";
    event.detectedAt = Instant.parse("2026-11-14T10:00:00Z");
    event.sources = "page";
    return event;
  }
}

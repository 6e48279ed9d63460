package io.eparwatch.change;

import static io.eparwatch.change.TestPages.assessmentReport;
import static io.eparwatch.change.TestPages.page;
import static io.eparwatch.change.TestPages.productInformation;
import static io.eparwatch.change.TestPages.summary;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.eparwatch.epar.EparPage;
import io.eparwatch.snapshot.ContentFingerprint;
import io.eparwatch.snapshot.VersionKey;
import io.eparwatch.testing.Database;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Values gone, through the one recorder: a document's field is held like a page's, and each part of
 * an export product settles only the holds it observes again.
 */
@QuarkusTest
class FieldHoldsIT {

  static final VersionKey KEY = VersionKey.export(HistoryRecorderIT.IMLYGIC.productNumber());
  static final EparPage V1 = page().build();
  static final EparPage NO_PI_DATE =
      page()
          .documents(productInformation().lastUpdated(null), summary(), assessmentReport())
          .build();

  @Inject HistoryRecorder recorder;
  @Inject EntityManager em;
  int hour;

  @BeforeEach
  void baseline() {
    Database.reset(em);
    record(V1, Comparison.BASELINE);
  }

  @Test
  void aDocumentsDateGoneIsHeldThenConfirmed() {
    assertEquals(List.of(), record(NO_PI_DATE, Comparison.FULL));
    List<ChangeEvent> confirmed = unchanged(Comparison.FULL);
    assertEquals(1, confirmed.size());
    assertEquals(ChangeType.DOCUMENT_UPDATED, confirmed.get(0).type);
    assertEquals("lastUpdated", confirmed.get(0).field);
    assertEquals("2025-10-06", confirmed.get(0).before);
    assertEquals(null, confirmed.get(0).after);
    assertEquals(List.of(), unchanged(Comparison.FULL));
  }

  @Test
  void aDocumentsDateBackDifferentIsOneUpdateFromTheHeldDate() {
    record(NO_PI_DATE, Comparison.FULL);
    EparPage later =
        page()
            .documents(
                productInformation().lastUpdated(LocalDate.of(2025, 11, 20)),
                summary(),
                assessmentReport())
            .build();
    List<ChangeEvent> events = record(later, Comparison.FULL);
    assertEquals(1, events.size());
    assertEquals("2025-10-06", events.get(0).before);
    assertEquals("2025-11-20", events.get(0).after);
  }

  @Test
  void aDocumentGoneWhileItsDateIsHeldComesBackWithoutAnyEvent() {
    record(NO_PI_DATE, Comparison.FULL);
    assertEquals(
        List.of(),
        record(page().documents(summary(), assessmentReport()).build(), Comparison.FULL));
    assertEquals(List.of(), record(V1, Comparison.FULL));
    assertEquals(List.of(), unchanged(Comparison.FULL));
  }

  @Test
  void eachExportPartSettlesOnlyTheHoldsItObserves() {
    EparPage both =
        page()
            .revision(null)
            .documents(productInformation().lastUpdated(null), summary(), assessmentReport())
            .build();
    assertEquals(List.of(), record(both, Comparison.FULL));
    List<ChangeEvent> fields = unchanged(Comparison.FIELDS);
    assertEquals(List.of("revision"), fields.stream().map(e -> e.field).toList());
    List<ChangeEvent> documents = unchanged(Comparison.DOCUMENTS);
    assertEquals(List.of("lastUpdated"), documents.stream().map(e -> e.field).toList());
  }

  private List<ChangeEvent> record(EparPage page, Comparison comparison) {
    Observation observation =
        new Observation(
            KEY, HistoryRecorderIT.IMLYGIC, page, ContentFingerprint.of(page), null, next());
    return QuarkusTransaction.requiringNew()
        .call(() -> recorder.record(observation, comparison).events());
  }

  private List<ChangeEvent> unchanged(Comparison part) {
    Instant at = next();
    return QuarkusTransaction.requiringNew()
        .call(() -> recorder.unchanged(KEY, p -> HistoryRecorderIT.IMLYGIC, at, part).events());
  }

  private Instant next() {
    return HistoryRecorderIT.T0.plus(Duration.ofHours(hour++));
  }
}

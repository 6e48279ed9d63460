package io.eparwatch.change;

import static io.eparwatch.change.TestPages.assessmentReport;
import static io.eparwatch.change.TestPages.page;
import static io.eparwatch.change.TestPages.productInformation;
import static io.eparwatch.change.TestPages.summary;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eparwatch.epar.EparPage;
import io.eparwatch.snapshot.ContentFingerprint;
import io.eparwatch.snapshot.FetchedPage;
import io.eparwatch.snapshot.Snapshot;
import io.eparwatch.snapshot.SnapshotStatus;
import io.eparwatch.snapshot.Source;
import io.eparwatch.snapshot.VersionKey;
import io.eparwatch.testing.Database;
import io.eparwatch.watch.Watch;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The one recorder, through the same history for a watched page and for an export product. */
@QuarkusTest
class HistoryRecorderIT {

  static final ProductRef IMLYGIC = new ProductRef("imlygic", "EMEA/H/C/002771", "Imlygic");
  static final Instant T0 = Instant.parse("2026-11-01T08:00:00Z");

  @Inject HistoryRecorder recorder;
  @Inject EntityManager em;

  @ParameterizedTest
  @EnumSource(Source.class)
  void aHistoryFromBaselineToConfirmedRemoval(Source source) {
    Database.reset(em);
    VersionKey key = keyFor(source);
    EparPage v1 = page().documents(productInformation(), summary(), assessmentReport()).build();
    EparPage v2 =
        page()
            .revision("13")
            .documents(productInformation(), summary(), assessmentReport())
            .build();
    EparPage v3 = page().revision("13").documents(productInformation(), summary()).build();

    Recorded baseline = record(key, v1, 0);
    assertTrue(baseline.stored() && baseline.baseline(), "first version is a baseline");
    assertEquals(List.of(), baseline.events());

    Recorded unchanged = record(key, v1, 1);
    assertFalse(unchanged.stored(), "same fingerprint, no new version");
    assertEquals(baseline.versionId(), unchanged.versionId());

    Recorded changed = record(key, v2, 2);
    assertTrue(changed.stored() && !changed.baseline());
    assertEquals(1, changed.events().size());
    ChangeEvent revision = changed.events().get(0);
    assertEquals("revision", revision.field);
    assertEquals(source.label(), revision.sources);
    assertEquals(changed.versionId(), revision.versionId);
    assertEquals(baseline.versionId(), revision.previousVersionId);

    Recorded held = record(key, v3, 3);
    assertTrue(held.stored());
    assertEquals(List.of(), held.events(), "a removal is held until the next observation agrees");

    Recorded confirmed =
        QuarkusTransaction.requiringNew()
            .call(() -> recorder.unchanged(key, page -> IMLYGIC, T0.plus(Duration.ofHours(4))));
    assertEquals(1, confirmed.events().size());
    ChangeEvent removal = confirmed.events().get(0);
    assertEquals(ChangeType.DOCUMENT_REMOVED, removal.type);
    assertEquals(held.versionId(), removal.versionId);
    assertEquals(changed.versionId(), removal.previousVersionId);
    assertEquals(source == Source.PAGE ? key.watchId() : null, removal.watchId);

    EparPage broken = page().revision("13").build();
    long suspectId =
        QuarkusTransaction.requiringNew()
            .call(() -> recorder.holdSuspect(observation(key, broken, 5), "lost everything"));
    Snapshot suspect = QuarkusTransaction.requiringNew().call(() -> Snapshot.findById(suspectId));
    assertEquals(SnapshotStatus.SUSPECT, suspect.status);
    assertEquals(source, suspect.source);
    long again =
        QuarkusTransaction.requiringNew()
            .call(() -> recorder.holdSuspect(observation(key, broken, 6), "lost everything"));
    assertEquals(suspectId, again, "the same suspect content is kept once");
    Recorded afterSuspect = record(key, v3, 7);
    assertFalse(afterSuspect.stored(), "a suspect version is never what the next one is diffed to");
    assertNotEquals(suspectId, afterSuspect.versionId());
    assertEquals(held.versionId(), afterSuspect.versionId());
    assertNull(confirmedAgain(key).versionId() == null ? null : null);
  }

  private Recorded confirmedAgain(VersionKey key) {
    return QuarkusTransaction.requiringNew()
        .call(() -> recorder.unchanged(key, page -> IMLYGIC, T0.plus(Duration.ofDays(1))));
  }

  private Recorded record(VersionKey key, EparPage page, int hours) {
    return QuarkusTransaction.requiringNew()
        .call(() -> recorder.record(observation(key, page, hours), Comparison.FULL));
  }

  private static Observation observation(VersionKey key, EparPage page, int hours) {
    Instant at = T0.plus(Duration.ofHours(hours));
    FetchedPage fetched =
        key.source() == Source.PAGE
            ? new FetchedPage(
                ("<html>" + page.revision() + "</html>").getBytes(StandardCharsets.UTF_8),
                200,
                "text/html",
                null,
                null,
                at,
                Duration.ofMillis(12))
            : null;
    return new Observation(key, IMLYGIC, page, ContentFingerprint.of(page), fetched, at);
  }

  private static VersionKey keyFor(Source source) {
    if (source == Source.EXPORT) {
      return VersionKey.export(IMLYGIC.productNumber());
    }
    Watch watch = new Watch();
    watch.slug = "imlygic";
    watch.url = TestPages.EMA + "/en/medicines/human/EPAR/imlygic";
    watch.createdAt = T0;
    watch.nextCheckAt = T0;
    QuarkusTransaction.requiringNew().run(watch::persist);
    return VersionKey.page(watch.id);
  }
}

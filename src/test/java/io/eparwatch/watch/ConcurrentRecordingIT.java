package io.eparwatch.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eparwatch.change.ChangeEvent;
import io.eparwatch.change.Comparison;
import io.eparwatch.change.HistoryRecorder;
import io.eparwatch.change.Observation;
import io.eparwatch.change.ProductRef;
import io.eparwatch.change.Recorded;
import io.eparwatch.epar.EparPage;
import io.eparwatch.snapshot.ContentFingerprint;
import io.eparwatch.snapshot.FetchedPage;
import io.eparwatch.snapshot.Snapshot;
import io.eparwatch.snapshot.VersionKey;
import io.eparwatch.testing.AtOnce;
import io.eparwatch.testing.Pages;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Writers of one product released together (a barrier) store one version and one set of events; the
 * others find the content unchanged, with no exception. Each test uses a product number of its own,
 * so its lock row does not exist yet and the first writers also race to create it.
 */
@QuarkusTest
class ConcurrentRecordingIT {

  static final int WRITERS = 4;
  static final String URL = "https://www.ema.europa.eu" + Pages.PATH;

  @Inject CheckRecorder checks;
  @Inject HistoryRecorder history;
  @Inject PageGuards guards;
  @Inject Clock clock;

  @Test
  void aProductFirstSeenByChecksAtOnceIsStoredOnce() throws Exception {
    String number = newProductNumber();
    long watch = newWatch();
    FetchedPage page = fetched(Pages.v1(), number);
    PageAssessment assessment =
        guards.assess(page.body(), page.contentType(), URL, Optional.empty());

    List<CheckOutcome> outcomes =
        AtOnce.times(WRITERS, () -> checks.fetched(watch, page, assessment, Optional.empty()));

    assertEquals(
        Map.of(Outcome.BASELINE, 1L, Outcome.UNCHANGED, (long) WRITERS - 1), tally(outcomes));
    assertEquals(1, versionsOf(watch));
    assertEquals(1, outcomes.stream().map(CheckOutcome::snapshotId).distinct().count());
    assertEquals(Outcome.UNCHANGED, lastOutcomeOf(watch));
  }

  @Test
  void aChangeSeenByChecksAtOnceIsStoredOnceWithOneSetOfEvents() throws Exception {
    String number = newProductNumber();
    long watch = newWatch();
    FetchedPage v1 = fetched(Pages.v1(), number);
    PageAssessment first = guards.assess(v1.body(), v1.contentType(), URL, Optional.empty());
    assertEquals(Outcome.BASELINE, checks.fetched(watch, v1, first, Optional.empty()).outcome());
    FetchedPage v2 = fetched(Pages.v2(), number);
    PageAssessment second =
        guards.assess(v2.body(), v2.contentType(), URL, Optional.of(modelOf(first)));

    List<CheckOutcome> outcomes =
        AtOnce.times(WRITERS, () -> checks.fetched(watch, v2, second, Optional.empty()));

    assertEquals(
        Map.of(Outcome.CHANGED, 1L, Outcome.UNCHANGED, (long) WRITERS - 1), tally(outcomes));
    CheckOutcome changed =
        outcomes.stream().filter(o -> o.outcome() == Outcome.CHANGED).findFirst().orElseThrow();
    assertFalse(changed.changes().isEmpty());
    assertEquals(2, versionsOf(watch));
    assertEquals(changed.changes().size(), eventsOf(number).size(), "one set of events");
    assertTrue(
        outcomes.stream()
            .filter(o -> o.outcome() == Outcome.UNCHANGED)
            .allMatch(o -> o.changes().isEmpty() && changed.snapshotId().equals(o.snapshotId())));
  }

  @Test
  void aPageCheckAndAnExportApplyReportingOneChangeAtOnceMakeOneSetOfEvents() throws Exception {
    String number = newProductNumber();
    VersionKey page = VersionKey.page(newWatch());
    VersionKey export = VersionKey.export(number);
    EparPage v1 = modelOf(Pages.v1(), number);
    EparPage v2 = modelOf(Pages.v2(), number);
    record(page, number, v1, Comparison.BASELINE);
    record(export, number, v1, Comparison.BASELINE);

    List<Recorded> recorded =
        AtOnce.each(List.of(page, export), key -> record(key, number, v2, Comparison.FULL));

    assertTrue(recorded.stream().allMatch(Recorded::stored));
    List<ChangeEvent> events = eventsOf(number);
    assertEquals(recorded.get(0).events().size(), events.size(), "one set of events");
    assertTrue(
        events.stream().allMatch(e -> e.sourceList().size() == 2),
        () -> "every change reported by both sources: " + events.get(0).sources);
  }

  private Recorded record(VersionKey key, String number, EparPage model, Comparison comparison) {
    ProductRef product = new ProductRef("imlygic", number, "Imlygic");
    Instant now = clock.instant();
    FetchedPage fetched =
        key.watchId() == null
            ? null
            : new FetchedPage(new byte[0], 200, "text/html", null, null, now, Duration.ZERO);
    Observation observation =
        new Observation(key, product, model, ContentFingerprint.of(model), fetched, now);
    return QuarkusTransaction.requiringNew().call(() -> history.record(observation, comparison));
  }

  private static Map<Outcome, Long> tally(List<CheckOutcome> outcomes) {
    return outcomes.stream()
        .collect(Collectors.groupingBy(CheckOutcome::outcome, Collectors.counting()));
  }

  private EparPage modelOf(String html, String number) {
    FetchedPage page = fetched(html, number);
    return modelOf(guards.assess(page.body(), page.contentType(), URL, Optional.empty()));
  }

  private static EparPage modelOf(PageAssessment assessment) {
    return ((PageAssessment.Good) assessment).page();
  }

  /** The Imlygic page as another product: one whose history and lock row do not exist yet. */
  private FetchedPage fetched(String html, String number) {
    byte[] body = html.replace("EMEA/H/C/002771", number).getBytes(StandardCharsets.UTF_8);
    return new FetchedPage(
        body, 200, "text/html; charset=UTF-8", null, null, clock.instant(), Duration.ofMillis(5));
  }

  private static String newProductNumber() {
    return String.format("EMEA/H/C/9%05d", ThreadLocalRandom.current().nextInt(100_000));
  }

  /** Not due for years: the scheduled tick of the PostgreSQL profile leaves it alone. */
  private long newWatch() {
    Watch watch = new Watch();
    watch.slug = "imlygic-" + System.nanoTime();
    watch.url = URL + "?" + watch.slug;
    watch.createdAt = clock.instant();
    watch.nextCheckAt = clock.instant().plus(Duration.ofDays(3650));
    QuarkusTransaction.requiringNew().run(watch::persist);
    return watch.id;
  }

  private static long versionsOf(long watch) {
    return QuarkusTransaction.requiringNew().call(() -> Snapshot.count("watchId", watch));
  }

  private static Outcome lastOutcomeOf(long watch) {
    return QuarkusTransaction.requiringNew().call(() -> Watch.<Watch>findById(watch).lastOutcome);
  }

  private static List<ChangeEvent> eventsOf(String number) {
    return QuarkusTransaction.requiringNew().call(() -> ChangeEvent.list("productNumber", number));
  }
}

package io.eparwatch.change;

import io.eparwatch.snapshot.Source;
import io.eparwatch.snapshot.VersionKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Publishes changes as events: one change, one event. When the page and the export report the same
 * change of the same product (same type, document or field, language and new value) within a
 * fortnight, the event is stored once and records both sources.
 */
@ApplicationScoped
public class ChangeLog {

  /**
   * How old an event may be and still be merged with another source's report: older events never
   * change again (feeds rely on it to notice merges cheaply).
   */
  public static final Duration SAME_CHANGE_WINDOW = Duration.ofDays(14);

  private final Event<ChangesPublished> published;

  public ChangeLog(Event<ChangesPublished> published) {
    this.published = published;
  }

  /**
   * Called by {@link HistoryRecorder} only: {@code versionId} is the version of {@code key} the
   * changes were detected in, {@code previousVersionId} the one it was compared with.
   */
  @Transactional(TxType.MANDATORY)
  List<ChangeEvent> publish(
      List<Change> changes,
      ProductRef product,
      VersionKey key,
      Long versionId,
      Long previousVersionId,
      Instant now) {
    List<ChangeEvent> events = new ArrayList<>();
    List<ChangeEvent> fresh = new ArrayList<>();
    for (Change change : changes) {
      ChangeEvent event = publish(change, product, key, versionId, previousVersionId, now, fresh);
      events.add(event);
    }
    if (!fresh.isEmpty()) {
      published.fire(new ChangesPublished(fresh));
    }
    return List.copyOf(events);
  }

  private ChangeEvent publish(
      Change change,
      ProductRef product,
      VersionKey key,
      Long versionId,
      Long previousVersionId,
      Instant now,
      List<ChangeEvent> fresh) {
    Source source = key.source();
    Optional<ChangeEvent> reported = reportedByAnotherSource(change, product, source, now);
    if (reported.isPresent()) {
      ChangeEvent event = reported.get();
      event.sources = event.sources + "," + source.label();
      return event;
    }
    ChangeEvent event = ChangeEvent.of(change, product, key, versionId, previousVersionId, now);
    event.persist();
    fresh.add(event);
    return event;
  }

  /** The same source reporting the same change again is a new occurrence, not a duplicate. */
  private static Optional<ChangeEvent> reportedByAnotherSource(
      Change change, ProductRef product, Source source, Instant now) {
    if (product.productNumber() == null) {
      return Optional.empty();
    }
    return ChangeEvent.candidatesFor(product.productNumber(), change, now.minus(SAME_CHANGE_WINDOW))
        .stream()
        .filter(event -> !event.sourceList().contains(source.label()))
        .filter(event -> sameChange(event, change))
        .findFirst();
  }

  static boolean sameChange(ChangeEvent event, Change change) {
    return Objects.equals(event.documentKey, change.documentKey())
        && Objects.equals(event.field, change.field())
        && Objects.equals(event.language, change.language())
        && Objects.equals(
            comparable(event.field, event.after), comparable(change.field(), change.after()));
  }

  /**
   * The page shows a procedure with its date ("VR/0000296281 (2025-10-06)"), the export only its
   * number: the number is what identifies the procedure.
   */
  static String comparable(String field, String value) {
    if ("latestProcedure".equals(field) && value != null) {
      int space = value.indexOf(' ');
      return space < 0 ? value : value.substring(0, space);
    }
    return value;
  }
}

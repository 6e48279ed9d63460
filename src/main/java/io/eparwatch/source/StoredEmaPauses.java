package io.eparwatch.source;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The pause kept in the database, read afresh before every request (one primary-key read, nothing
 * cached), so a pause recorded by any instance binds all of them at once.
 */
@ApplicationScoped
public class StoredEmaPauses implements EmaPauses {

  private final Clock clock;

  @Inject
  public StoredEmaPauses(Clock clock) {
    this.clock = clock;
  }

  /** Read as two columns, not as an entity: nothing to track or flush, once per request. */
  @Override
  public Optional<EmaPause> at(Instant now) {
    List<Object[]> rows =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    EmaPauseRow.getEntityManager()
                        .createQuery(
                            "select pausedUntil, reason from EmaPauseRow where id = ?1",
                            Object[].class)
                        .setParameter(1, EmaPauseRow.ONLY)
                        .getResultList());
    Instant until = rows.isEmpty() ? null : (Instant) rows.get(0)[0];
    if (until == null || !until.isAfter(now)) {
      return Optional.empty();
    }
    return Optional.of(new EmaPause(until, (String) rows.get(0)[1]));
  }

  /** The pause in force now, for health and status views. */
  public Optional<EmaPause> now() {
    return at(clock.instant());
  }

  @Override
  public void extend(EmaPause pause) {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              // One statement: two instances extending at once cannot shorten each other's pause.
              int extended =
                  EmaPauseRow.update(
                      "pausedUntil = ?1, reason = ?2, recordedAt = ?3"
                          + " where id = ?4 and (pausedUntil is null or pausedUntil < ?1)",
                      pause.until(),
                      pause.reason(),
                      clock.instant(),
                      EmaPauseRow.ONLY);
              if (extended == 0 && EmaPauseRow.findById(EmaPauseRow.ONLY) == null) {
                // The migration creates the row; only a wiped table lacks it.
                EmaPauseRow row = new EmaPauseRow();
                row.id = EmaPauseRow.ONLY;
                row.pausedUntil = pause.until();
                row.reason = pause.reason();
                row.recordedAt = clock.instant();
                row.persist();
              }
            });
  }
}

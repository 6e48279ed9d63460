package io.eparwatch.source;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
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

  @Override
  public Optional<EmaPause> at(Instant now) {
    EmaPauseRow row =
        QuarkusTransaction.requiringNew().call(() -> EmaPauseRow.findById(EmaPauseRow.ONLY));
    if (row == null || row.pausedUntil == null || !row.pausedUntil.isAfter(now)) {
      return Optional.empty();
    }
    return Optional.of(new EmaPause(row.pausedUntil, row.reason));
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

package io.eparwatch.source;

import io.eparwatch.ops.Statements;
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
  private final Statements statements;

  @Inject
  public StoredEmaPauses(Clock clock, Statements statements) {
    this.clock = clock;
    this.statements = statements;
  }

  /** One statement outside any transaction: it runs before every request. */
  @Override
  public Optional<EmaPause> at(Instant now) {
    return statements
        .first(
            "select paused_until, reason from ema_pause where id = ?",
            row -> new EmaPause(Statements.instant(row, 1), row.getString(2)),
            EmaPauseRow.ONLY)
        .filter(pause -> pause.until() != null && pause.until().isAfter(now));
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

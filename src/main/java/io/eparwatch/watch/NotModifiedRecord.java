package io.eparwatch.watch;

import io.eparwatch.ops.Statements;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The common 304 (no removal waits for confirmation) recorded as one update of the watch row, in no
 * transaction of its own: what {@link CheckRecorder} writes for a success that found nothing new,
 * and, for a claimed check, the claim's release under the same condition as {@link
 * WatchClaims#release} (the fence). The problem the last fetched page left stays.
 */
@ApplicationScoped
class NotModifiedRecord {

  private static final String SUCCEEDED =
      "update watch set last_outcome = ?, last_checked_at = ?, next_check_at = ?,"
          + " error_count = 0, last_error = null, suspect_hash = null, suspect_streak = 0";

  private final Statements statements;
  private final NextCheckPolicy policy;

  NotModifiedRecord(Statements statements, NextCheckPolicy policy) {
    this.statements = statements;
    this.policy = policy;
  }

  /**
   * Empty when a claimed check's claim expired and was taken over, or the watch is gone: nothing is
   * written then.
   */
  Optional<CheckOutcome> record(
      CheckTarget target, Optional<WatchClaims.Claim> claim, Instant now) {
    Instant next = policy.onSuccess(now);
    int updated =
        claim.isEmpty()
            ? statements.update(
                SUCCEEDED + " where id = ?", Outcome.NOT_MODIFIED, now, next, target.id())
            : statements.update(
                SUCCEEDED
                    + ", claimed_by = null, claimed_until = null"
                    + " where id = ? and claimed_by = ? and claimed_until = ?",
                Outcome.NOT_MODIFIED,
                now,
                next,
                target.id(),
                claim.get().owner(),
                claim.get().until());
    if (updated == 0) {
      return claim.isEmpty()
          ? Optional.of(CheckOutcome.failed("watch " + target.id() + " no longer exists"))
          : Optional.empty();
    }
    return Optional.of(
        new CheckOutcome(Outcome.NOT_MODIFIED, target.latestGoodId(), List.of(), null));
  }
}

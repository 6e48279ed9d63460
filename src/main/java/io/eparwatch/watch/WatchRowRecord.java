package io.eparwatch.watch;

import io.eparwatch.ops.Statements;
import io.eparwatch.snapshot.FetchedPage;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The common checks that find nothing new, recorded as one update of the watch row in no
 * transaction of its own: a 304, or a page whose fingerprint is the latest version's, while no
 * removal waits for confirmation. It writes what {@link CheckRecorder} writes for them, and for a
 * claimed check releases the claim under the same condition as {@link WatchClaims#release} (the
 * fence).
 */
@ApplicationScoped
class WatchRowRecord {

  private static final String SUCCEEDED =
      "update watch set last_outcome = ?, last_checked_at = ?, next_check_at = ?,"
          + " error_count = 0, last_error = null, suspect_hash = null, suspect_streak = 0";

  private final Statements statements;
  private final NextCheckPolicy policy;

  WatchRowRecord(Statements statements, NextCheckPolicy policy) {
    this.statements = statements;
    this.policy = policy;
  }

  /**
   * A 304: the problem the last fetched page left stays. Empty when a claimed check's claim expired
   * and was taken over, or the watch is gone: nothing is written then.
   */
  Optional<CheckOutcome> notModified(
      CheckTarget target, Optional<WatchClaims.Claim> claim, Instant now) {
    List<Object> values =
        new ArrayList<>(List.of(Outcome.NOT_MODIFIED, now, policy.onSuccess(now)));
    if (update(SUCCEEDED, values, target, claim, "") == 0) {
      return claim.isEmpty()
          ? Optional.of(CheckOutcome.failed("watch " + target.id() + " no longer exists"))
          : Optional.empty();
    }
    return Optional.of(
        new CheckOutcome(Outcome.NOT_MODIFIED, target.latestGoodId(), List.of(), null));
  }

  /**
   * A page with the latest version's fingerprint: its validators, names and problems are kept.
   * Empty when nothing was written (the claim or the watch is gone, or another check stored a new
   * version meanwhile): then the full record decides.
   */
  Optional<CheckOutcome> unchanged(
      CheckTarget target,
      Optional<WatchClaims.Claim> claim,
      FetchedPage fetched,
      PageAssessment.Good good) {
    Instant now = fetched.fetchedAt();
    List<Object> values =
        new ArrayList<>(
            Arrays.asList(
                Outcome.UNCHANGED,
                now,
                policy.onSuccess(now),
                fetched.etag(),
                fetched.lastModified(),
                good.page().name(),
                good.page().productNumber(),
                CheckRecorder.problemsOf(good)));
    String sql =
        SUCCEEDED + ", etag = ?, last_modified = ?, name = ?, product_number = ?, problem = ?";
    if (update(sql, values, target, claim, " and content_hash = ?") == 0) {
      return Optional.empty();
    }
    return Optional.of(new CheckOutcome(Outcome.UNCHANGED, target.latestGoodId(), List.of(), null));
  }

  private int update(
      String set,
      List<Object> values,
      CheckTarget target,
      Optional<WatchClaims.Claim> claim,
      String unlessMoved) {
    StringBuilder sql = new StringBuilder(set);
    if (claim.isPresent()) {
      sql.append(", claimed_by = null, claimed_until = null");
    }
    sql.append(" where id = ?");
    values.add(target.id());
    if (claim.isPresent()) {
      sql.append(" and claimed_by = ? and claimed_until = ?");
      values.add(claim.get().owner());
      values.add(claim.get().until());
    }
    if (!unlessMoved.isEmpty()) {
      sql.append(unlessMoved);
      values.add(target.contentHash());
    }
    return statements.update(sql.toString(), values.toArray());
  }
}

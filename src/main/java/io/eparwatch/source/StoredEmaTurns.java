package io.eparwatch.source;

import io.eparwatch.ops.Statements;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * The turns kept in table {@code ema_turn}, shared by every instance: a turn is taken with one
 * conditional update (of two instances, one wins), held under a lease, released with the end of its
 * request. Every step is one statement (or a short transaction) of its own: none is open while a
 * request is sent.
 */
public final class StoredEmaTurns implements EmaTurns {

  private static final Logger LOG = Logger.getLogger(StoredEmaTurns.class);
  // How often to look again while another instance holds the only turns and there is no gap to
  // wait for (a mirror); with a gap, the gap itself is the interval: nothing can start sooner.
  private static final Duration LEAST_POLL = Duration.ofMillis(100);

  private final Statements statements;
  private final String owner;
  private final Duration minGap;
  private final int slots;

  /**
   * Turns held under the name {@code owner} (one per instance); one slot while {@code minGap} is
   * above zero, else {@code maxInFlight}.
   */
  public StoredEmaTurns(Statements statements, String owner, Duration minGap, int maxInFlight) {
    this.statements = statements;
    this.owner = owner;
    this.minGap = minGap.isNegative() ? Duration.ZERO : minGap;
    this.slots = this.minGap.isZero() ? Math.max(1, maxInFlight) : 1;
  }

  @Override
  public Attempt take(Instant now, Duration hold) {
    Attempt attempt = tryEach(now, hold);
    if (attempt instanceof NotBefore) {
      List<EmaTurnRow> rows = rows();
      if (rows.size() < slots) {
        addMissingRows();
        return tryEach(now, hold);
      }
      return new NotBefore(earliest(rows, now));
    }
    return attempt;
  }

  private Attempt tryEach(Instant now, Duration hold) {
    Instant gapAgo = now.minus(minGap);
    for (int slot = 0; slot < slots; slot++) {
      if (won(slot, now.plus(hold), gapAgo)) {
        return new Taken(slot);
      }
    }
    return new NotBefore(now);
  }

  private List<EmaTurnRow> rows() {
    return QuarkusTransaction.requiringNew()
        .call(() -> EmaTurnRow.<EmaTurnRow>list("slot < ?1", slots));
  }

  /** One statement: the end of the request is kept even if the lease ran out meanwhile. */
  @Override
  public void release(Taken turn, Instant end) {
    statements.update(
        "update ema_turn set"
            + " last_end = case when last_end is null or last_end < ? then ? else last_end end,"
            + " lease_until = case when holder = ? then null else lease_until end,"
            + " holder = case when holder = ? then null else holder end"
            + " where slot = ?",
        end,
        end,
        owner,
        owner,
        turn.slot());
  }

  /** Only our own hold: a lease that ran out may already be someone else's. */
  @Override
  public void giveBack(Taken turn) {
    statements.update(
        "update ema_turn set holder = null, lease_until = null where slot = ? and holder = ?",
        turn.slot(),
        owner);
  }

  /** One statement, so that of two instances taking the same free turn only one succeeds. */
  private boolean won(int slot, Instant leaseUntil, Instant gapAgo) {
    return statements.update(
            "update ema_turn set holder = ?, lease_until = ? where slot = ?"
                + " and (holder is null or lease_until <= ?)"
                + " and (last_end is null or last_end <= ?)",
            owner,
            leaseUntil,
            slot,
            gapAgo,
            gapAgo)
        == 1;
  }

  /**
   * The earliest time a turn may be free: the gap after the last request of a free turn, the end of
   * a dead holder's lease (and the gap), or, while a live holder sends, one gap from now (its
   * request has not ended, so the next cannot start sooner).
   */
  private Instant earliest(List<EmaTurnRow> rows, Instant now) {
    Duration poll = minGap.compareTo(LEAST_POLL) > 0 ? minGap : LEAST_POLL;
    Instant earliest = now.plus(poll);
    for (EmaTurnRow row : rows) {
      Instant free =
          row.holder == null
              ? (row.lastEnd == null ? now : row.lastEnd.plus(minGap))
              : row.leaseUntil.plus(minGap);
      if (free.isBefore(earliest)) {
        earliest = free;
      }
    }
    return earliest;
  }

  /** The rows are made as needed: a new max-in-flight, or a wiped table, needs no migration. */
  private synchronized void addMissingRows() {
    // Looked at again inside the lock: this instance's other callers may have added them.
    List<EmaTurnRow> present = rows();
    for (int slot = 0; slot < slots; slot++) {
      int wanted = slot;
      if (present.stream().noneMatch(row -> row.slot == wanted)) {
        try {
          QuarkusTransaction.requiringNew()
              .run(
                  () -> {
                    EmaTurnRow row = new EmaTurnRow();
                    row.slot = wanted;
                    row.persist();
                  });
        } catch (RuntimeException e) {
          LOG.debugf("turn %d was added by another instance meanwhile: %s", wanted, e);
        }
      }
    }
  }
}

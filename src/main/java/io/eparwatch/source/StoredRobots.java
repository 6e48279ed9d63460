package io.eparwatch.source;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Instant;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * robots.txt kept in table {@code ema_robots} for every instance. The next fetch is claimed with
 * one conditional update, so of instances finding it stale together one fetches; a claim outlived
 * by its fetch (or left by a dead instance) expires, and then one more instance may fetch it.
 */
public final class StoredRobots implements RobotsStore {

  private static final Logger LOG = Logger.getLogger(StoredRobots.class);

  private final String owner;

  /** Claims made under the name {@code owner} (one per instance). */
  public StoredRobots(String owner) {
    this.owner = owner;
  }

  @Override
  public Optional<Learnt> latest() {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                EmaRobotsRow.<EmaRobotsRow>findByIdOptional(EmaRobotsRow.ONLY)
                    .filter(row -> row.expiresAt != null)
                    .map(
                        row ->
                            new Learnt(
                                row.body == null ? "" : row.body,
                                row.unreachable,
                                row.fetchedAt,
                                row.expiresAt)));
  }

  @Override
  public boolean claimRefresh(Instant now, Instant until) {
    if (claim(now, until)) {
      return true;
    }
    try {
      // The row is made on first use (and after a wiped table).
      QuarkusTransaction.requiringNew()
          .run(
              () -> {
                if (EmaRobotsRow.findById(EmaRobotsRow.ONLY) == null) {
                  EmaRobotsRow row = new EmaRobotsRow();
                  row.id = EmaRobotsRow.ONLY;
                  row.persist();
                }
              });
    } catch (RuntimeException e) {
      LOG.debugf("robots.txt row added by another instance meanwhile: %s", e);
    }
    return claim(now, until);
  }

  @Override
  public void keep(Learnt learnt) {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              EmaRobotsRow.update(
                  "body = ?1, unreachable = ?2, fetchedAt = ?3, expiresAt = ?4 where id = ?5",
                  // PostgreSQL text cannot hold NUL; robots.txt has no use for it.
                  learnt.body().replace("\u0000", ""),
                  learnt.unreachable(),
                  learnt.fetchedAt(),
                  learnt.expires(),
                  EmaRobotsRow.ONLY);
              release();
            });
  }

  @Override
  public void endClaim() {
    QuarkusTransaction.requiringNew().run(this::release);
  }

  private boolean claim(Instant now, Instant until) {
    return QuarkusTransaction.requiringNew()
            .call(
                () ->
                    EmaRobotsRow.update(
                        "refreshingBy = ?1, refreshingUntil = ?2 where id = ?3"
                            + " and (refreshingBy is null or refreshingUntil < ?4)"
                            + " and (expiresAt is null or expiresAt <= ?4)",
                        owner,
                        until,
                        EmaRobotsRow.ONLY,
                        now))
        == 1;
  }

  private void release() {
    EmaRobotsRow.update(
        "refreshingBy = null, refreshingUntil = null where id = ?1 and refreshingBy = ?2",
        EmaRobotsRow.ONLY,
        owner);
  }
}

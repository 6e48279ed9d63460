package io.eparwatch.watch;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Due watches claimed for a lease, one at a time, with a conditional update (the outbox's pattern):
 * of several instances, or threads, that race for one watch, exactly one wins it. The claim is the
 * fence of the check's record: {@link #release} succeeds only while the claim is still the one
 * taken, and runs in the record's transaction. Native SQL, because the claim columns are not part
 * of the {@link Watch} entity: an entity update never writes them back stale.
 */
@ApplicationScoped
public class WatchClaims {

  private static final Logger LOG = Logger.getLogger(WatchClaims.class);

  /** Watches read per look for a claimable one; racing claimers skip the ones others won. */
  private static final int CANDIDATES = 8;

  /** Looks before giving up for this tick, should rows stay locked by others for long. */
  private static final int LOOKS = 10;

  private static final String CLAIMABLE =
      "next_check_at <= ?1 and (claimed_until is null or claimed_until < ?1)";

  /**
   * A watch claimed by {@code owner} until {@code until} (the pair is the claim's identity); {@code
   * takenOver} when it was won from an expired claim of someone else's.
   */
  public record Claim(long watchId, String owner, Instant until, boolean takenOver) {}

  /** Claims the watch due longest, or the next one if another claimer won that; empty: none due. */
  public Optional<Claim> claimNext(String owner, Instant now, Instant until) {
    Instant lease = until.truncatedTo(ChronoUnit.MICROS);
    for (int look = 0; look < LOOKS; look++) {
      List<Object[]> candidates = QuarkusTransaction.requiringNew().call(() -> candidates(now));
      for (Object[] candidate : candidates) {
        long id = ((Number) candidate[0]).longValue();
        if (tryClaim(id, owner, now, lease)) {
          return Optional.of(new Claim(id, owner, lease, candidate[1] != null));
        }
      }
      if (candidates.size() < CANDIDATES) {
        return Optional.empty();
      }
      // Every candidate went to someone else: look again, the set of due watches has shrunk.
    }
    return Optional.empty();
  }

  @SuppressWarnings("unchecked")
  private static List<Object[]> candidates(Instant now) {
    return em().createNativeQuery(
            "select id, claimed_until from watch where "
                + CLAIMABLE
                + " order by next_check_at, id")
        .setParameter(1, now)
        .setMaxResults(CANDIDATES)
        .getResultList();
  }

  private static boolean tryClaim(long id, String owner, Instant now, Instant until) {
    try {
      return QuarkusTransaction.requiringNew()
          .call(
              () ->
                  em().createNativeQuery(
                              "update watch set claimed_by = ?2, claimed_until = ?3 where id = ?4"
                                  + " and "
                                  + CLAIMABLE)
                          .setParameter(1, now)
                          .setParameter(2, owner)
                          .setParameter(3, until)
                          .setParameter(4, id)
                          .executeUpdate()
                      == 1);
    } catch (RuntimeException e) {
      // A lock timeout or serialisation failure: another claimer holds the row; it is theirs.
      LOG.debugf(e, "watch %d: not claimed", id);
      return false;
    }
  }

  /**
   * Releases the claim if it is still this one, inside the caller's transaction, and locks the
   * watch's row until it commits: the check's result may then be recorded. False: the claim expired
   * and was taken over (or released), so the result must be dropped.
   */
  boolean release(Claim claim) {
    return em().createNativeQuery(
                "update watch set claimed_by = null, claimed_until = null"
                    + " where id = ?1 and claimed_by = ?2 and claimed_until = ?3")
            .setParameter(1, claim.watchId())
            .setParameter(2, claim.owner())
            .setParameter(3, claim.until())
            .executeUpdate()
        == 1;
  }

  private static EntityManager em() {
    return Watch.getEntityManager();
  }
}

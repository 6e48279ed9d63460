package io.eparwatch.source;

import java.time.Instant;
import java.util.Optional;

/**
 * Where EMA's robots.txt, as last learnt, is kept for every instance ({@link StoredRobots}), with a
 * claim on the next fetch so that instances finding it stale together do not all fetch it.
 */
public interface RobotsStore {

  /**
   * robots.txt as learnt at {@code fetchedAt}, good until {@code expires}: its {@code body} (empty
   * when EMA answered 4xx: everything allowed), or why it could not be read ({@code unreachable},
   * everything disallowed).
   */
  record Learnt(String body, String unreachable, Instant fetchedAt, Instant expires) {

    RobotsRules rules(String productToken) {
      return unreachable != null
          ? RobotsRules.disallowAll()
          : RobotsRules.parse(body, productToken);
    }
  }

  /** What was last learnt, by any instance. */
  Optional<Learnt> latest();

  /**
   * Claims the next fetch until {@code until}; false while another holds an unexpired claim, or
   * when what is kept is good at {@code now} (another instance kept it since the caller looked:
   * checked in the claim itself, so that it is not fetched twice).
   */
  boolean claimRefresh(Instant now, Instant until);

  /** Keeps {@code learnt} for everyone and ends our claim. */
  void keep(Learnt learnt);

  /** Ends our claim without anything learnt (EMA asked us to wait). */
  void endClaim();
}

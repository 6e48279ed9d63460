package io.eparwatch.source;

import java.time.Instant;
import java.util.Optional;

/** robots.txt kept in memory, for unit tests of the fetcher without a database. */
final class MemoryRobotsStore implements RobotsStore {

  private Learnt learnt;
  private Instant claimedUntil;

  @Override
  public synchronized Optional<Learnt> latest() {
    return Optional.ofNullable(learnt);
  }

  @Override
  public synchronized boolean claimRefresh(Instant now, Instant until) {
    if (claimedUntil != null && !claimedUntil.isBefore(now)
        || learnt != null && now.isBefore(learnt.expires())) {
      return false;
    }
    claimedUntil = until;
    return true;
  }

  @Override
  public synchronized void keep(Learnt fresh) {
    learnt = fresh;
    claimedUntil = null;
  }

  @Override
  public synchronized void endClaim() {
    claimedUntil = null;
  }
}

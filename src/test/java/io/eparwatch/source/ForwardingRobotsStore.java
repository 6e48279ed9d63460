package io.eparwatch.source;

import java.time.Instant;
import java.util.Optional;

/** A robots store that passes every call on, for tests that step in between two of them. */
class ForwardingRobotsStore implements RobotsStore {

  private final RobotsStore inner;

  ForwardingRobotsStore(RobotsStore inner) {
    this.inner = inner;
  }

  @Override
  public Optional<Learnt> latest() {
    return inner.latest();
  }

  @Override
  public boolean claimRefresh(Instant now, Instant until) {
    return inner.claimRefresh(now, until);
  }

  @Override
  public void keep(Learnt learnt) {
    inner.keep(learnt);
  }

  @Override
  public void endClaim() {
    inner.endClaim();
  }
}

package io.eparwatch.config;

import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Several instances on one PostgreSQL database: who this instance is, and how long it claims. */
public interface Cluster {
  /**
   * Names this instance in claims ({@code watch.claimed_by}) and logs. Unset: host name, process id
   * and a short random part, so that two instances on one host, or a restart, never share one.
   */
  Optional<String> instanceId();

  /**
   * How long a claim on a due watch lasts: longer than one check can take (three attempts of
   * connect and read timeouts, their back-off and the politeness waits: about 2 min at the
   * defaults), so a frozen instance keeps its claims, and short enough that the watches a killed
   * instance was checking are taken over soon. Exports are claimed for three download timeouts, or
   * this, whichever is longer.
   */
  @WithDefault("5m")
  Duration claimLease();
}

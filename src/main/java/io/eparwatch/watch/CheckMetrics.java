package io.eparwatch.watch;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * What this instance did, in {@code /q/metrics} (each instance reports its own): {@code
 * eparwatch_instance_checks_total{outcome=...}} (every check it recorded, scheduled or asked for),
 * {@code eparwatch_instance_claims_taken_over_total} (due watches it won from another claim's
 * expired lease: a dead or frozen instance) and {@code eparwatch_instance_checks_discarded_total}
 * (checks it did whose claim had been taken over, so their result was dropped).
 */
@ApplicationScoped
public class CheckMetrics {

  private final MeterRegistry registry;
  private final Counter takenOver;
  private final Counter discarded;

  public CheckMetrics(MeterRegistry registry) {
    this.registry = registry;
    this.takenOver =
        Counter.builder("eparwatch.instance.claims.taken.over")
            .description("Due watches claimed after another claim's lease expired")
            .register(registry);
    this.discarded =
        Counter.builder("eparwatch.instance.checks.discarded")
            .description("Checks whose claim was taken over meanwhile; their result was dropped")
            .register(registry);
  }

  void checked(Outcome outcome) {
    Counter.builder("eparwatch.instance.checks")
        .description("Checks recorded by this instance, by outcome")
        .tag("outcome", outcome.name())
        .register(registry)
        .increment();
  }

  void claimed(WatchClaims.Claim claim) {
    if (claim.takenOver()) {
      takenOver.increment();
    }
  }

  void discarded() {
    discarded.increment();
  }
}

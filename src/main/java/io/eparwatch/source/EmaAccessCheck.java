package io.eparwatch.source;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness is DOWN while EMA's pause (Retry-After) holds every request back: nothing is checked or
 * ingested until it ends, and whoever watches the service should see that, not a silent gap.
 */
@Readiness
@ApplicationScoped
public class EmaAccessCheck implements HealthCheck {

  private final StoredEmaPauses pauses;

  public EmaAccessCheck(StoredEmaPauses pauses) {
    this.pauses = pauses;
  }

  @Override
  public HealthCheckResponse call() {
    Optional<EmaPause> pause = pauses.now();
    if (pause.isEmpty()) {
      return HealthCheckResponse.named("ema-access").up().build();
    }
    return HealthCheckResponse.named("ema-access")
        .down()
        .withData("status", "paused until " + pause.get().until())
        .withData("reason", pause.get().reason())
        .build();
  }
}

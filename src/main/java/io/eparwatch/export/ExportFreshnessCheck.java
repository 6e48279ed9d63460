package io.eparwatch.export;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness reports an export as stale when the one we hold is older than {@code
 * eparwatch.exports.stale-after}: changes may then be missed; and as down, "never ingested", when
 * the service has run longer than that without ingesting it at all.
 */
@Readiness
@ApplicationScoped
public class ExportFreshnessCheck implements HealthCheck {

  private final ExportStatus status;

  public ExportFreshnessCheck(ExportStatus status) {
    this.status = status;
  }

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder response = HealthCheckResponse.named("ema-exports").up();
    for (ExportStatus.State state : status.states()) {
      String key = state.kind().name().toLowerCase();
      response.withData(key, state.health());
      if (state.stale()) {
        response.down();
      }
    }
    return response.build();
  }
}

package io.eparwatch.source;

import io.eparwatch.config.EparWatchConfig;
import io.eparwatch.config.InstanceId;
import io.eparwatch.ops.Statements;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The production {@link EmaBudget}: kept in the database, shared by every instance, with this
 * instance's waits in {@code eparwatch_politeness_waits_seconds} (count and sum) of /q/metrics.
 */
@ApplicationScoped
public class StoredBudget {

  @Produces
  @Singleton
  EmaBudget budget(
      EparWatchConfig config,
      InstanceId instance,
      StoredEmaPauses pauses,
      Statements statements,
      MeterRegistry registry) {
    EparWatchConfig.Fetch fetch = config.fetch();
    String owner = instance.value();
    Timer waits =
        Timer.builder("eparwatch.politeness.waits")
            .description("Waits of this instance for its turn to send to EMA (gap, pause, others)")
            .register(registry);
    return new EmaBudget(
        pauses,
        new StoredEmaTurns(statements, owner, fetch.minGap(), fetch.maxInFlight()),
        new StoredRobots(owner),
        waits::record);
  }
}

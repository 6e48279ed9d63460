package io.eparwatch.source;

import io.eparwatch.config.EparWatchConfig;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;

/**
 * The production {@link EmaBudget}: kept in the database, shared by every instance, with this
 * instance's waits in {@code eparwatch_politeness_waits_seconds} (count and sum) of /q/metrics.
 */
@ApplicationScoped
public class StoredBudget {

  @Produces
  @Singleton
  EmaBudget budget(EparWatchConfig config, StoredEmaPauses pauses, MeterRegistry registry) {
    EparWatchConfig.Fetch fetch = config.fetch();
    String owner = instanceName();
    Timer waits =
        Timer.builder("eparwatch.politeness.waits")
            .description("Waits of this instance for its turn to send to EMA (gap, pause, others)")
            .register(registry);
    return new EmaBudget(
        pauses,
        new StoredEmaTurns(owner, fetch.minGap(), fetch.maxInFlight()),
        new StoredRobots(owner),
        waits::record);
  }

  /** Who holds a turn or a claim, readable in the tables: host name and a per-start suffix. */
  private static String instanceName() {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      host = "unknown-host";
    }
    String name = host + "-" + UUID.randomUUID().toString().substring(0, 8);
    return name.length() <= 100 ? name : name.substring(name.length() - 100);
  }
}

package io.eparwatch.export;

import io.eparwatch.config.EparWatchConfig;
import io.eparwatch.config.InstanceId;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * The scheduled ingestion, claimed in the database (row {@code export-ingestion} of {@code
 * job_claim}) for a lease: Quartz runs the job on one instance at a time, and this claim also keeps
 * an instance that resumes after a freeze from running the same ingestion while another runs it. A
 * claim left by a dead instance is taken over once its lease ends.
 */
@ApplicationScoped
class IngestionClaim {

  private static final Logger LOG = Logger.getLogger(IngestionClaim.class);
  private static final String NAME = "export-ingestion";

  private final Clock clock;
  private final String instance;
  private final Duration lease;

  IngestionClaim(Clock clock, InstanceId instance, EparWatchConfig config) {
    this.clock = clock;
    this.instance = instance.value();
    Duration threeDownloads = config.exports().downloadTimeout().multipliedBy(3);
    Duration claimLease = config.cluster().claimLease();
    this.lease = threeDownloads.compareTo(claimLease) > 0 ? threeDownloads : claimLease;
  }

  /**
   * Runs {@code ingestion} under the claim; empty (nothing run) while another instance holds it.
   */
  <T> Optional<T> run(Supplier<T> ingestion) {
    Instant now = clock.instant();
    Instant until = now.plus(lease).truncatedTo(ChronoUnit.MICROS);
    if (!claim(now, until)) {
      LOG.info("exports: another instance is ingesting them; this one leaves it");
      return Optional.empty();
    }
    try {
      return Optional.ofNullable(ingestion.get());
    } finally {
      release(until);
    }
  }

  private boolean claim(Instant now, Instant until) {
    return QuarkusTransaction.requiringNew()
            .call(
                () ->
                    ExportRun.getEntityManager()
                        .createNativeQuery(
                            "update job_claim set claimed_by = ?1, claimed_until = ?2 where name ="
                                + " ?3 and (claimed_until is null or claimed_until < ?4)")
                        .setParameter(1, instance)
                        .setParameter(2, until)
                        .setParameter(3, NAME)
                        .setParameter(4, now)
                        .executeUpdate())
        == 1;
  }

  private void release(Instant until) {
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                ExportRun.getEntityManager()
                    .createNativeQuery(
                        "update job_claim set claimed_by = null, claimed_until = null where name"
                            + " = ?1 and claimed_by = ?2 and claimed_until = ?3")
                    .setParameter(1, NAME)
                    .setParameter(2, instance)
                    .setParameter(3, until)
                    .executeUpdate());
  }
}

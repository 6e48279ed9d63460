package io.eparwatch.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.eparwatch.testing.Database;
import io.eparwatch.testing.EmaStub;
import io.eparwatch.testing.EmaStub.InjectEmaStub;
import io.eparwatch.testing.Exports;
import io.eparwatch.testing.MovableClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The scheduled ingestion runs only under its claim in the database: while another instance holds
 * it (a frozen one that resumes, say), this one leaves the exports; once its lease is over, the
 * claim is taken over.
 */
@QuarkusTest
@QuarkusTestResource(EmaStub.class)
class IngestionClaimIT {

  @InjectEmaStub WireMockServer ema;
  @Inject EntityManager em;
  @Inject MovableClock clock;
  @Inject ExportJob job;

  @BeforeEach
  void freshState() {
    Database.reset(em);
    ema.resetAll();
    clock.reset();
    Exports.serve(ema, Exports.MEDICINES, Exports.medicines());
    Exports.serve(ema, Exports.DOCUMENTS, Exports.documents());
  }

  @AfterEach
  void noClaim() {
    setClaim(null, null);
    clock.reset();
  }

  @Test
  void anIngestionClaimedElsewhereIsLeftUntilItsLeaseEnds() {
    setClaim("another-instance", clock.instant().plus(Duration.ofMinutes(20)));
    job.ingestExports();
    assertEquals(0, runs(), "the other instance is ingesting");

    clock.advance(Duration.ofMinutes(21));
    job.ingestExports();
    assertEquals(2, runs(), "taken over: medicines and documents");
    assertNull(claimedBy(), "released after the run");
  }

  private static long runs() {
    return QuarkusTransaction.requiringNew().call(() -> ExportRun.count());
  }

  private void setClaim(String owner, Instant until) {
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                em.createNativeQuery(
                        "update job_claim set claimed_by = ?1, claimed_until = ?2"
                            + " where name = 'export-ingestion'")
                    .setParameter(1, owner)
                    .setParameter(2, until)
                    .executeUpdate());
  }

  private String claimedBy() {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                (String)
                    em.createNativeQuery(
                            "select claimed_by from job_claim where name = 'export-ingestion'")
                        .getSingleResult());
  }
}

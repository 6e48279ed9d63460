package io.eparwatch.alert;

import static io.eparwatch.alert.Alerts.request;
import static io.eparwatch.alert.Alerts.subscribe;
import static java.util.concurrent.TimeUnit.MILLISECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.eparwatch.testing.Api;
import io.eparwatch.testing.EmaStub.InjectEmaStub;
import io.eparwatch.testing.Pages;
import io.eparwatch.testing.StubPages;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.Map;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * On an H2 file database, as deployed: the outbox puts its commits on the disk before and after
 * each send, a page check does not. Logs what the flushes cost a pass (README, Webhooks and the
 * outbox).
 */
@QuarkusTest
@TestProfile(OutboxFlushIT.FileDatabase.class)
class OutboxFlushIT extends MailTestBase {

  private static final Logger LOG = Logger.getLogger(OutboxFlushIT.class);
  private static final int MAILS = 40;
  private static final int ROUNDS = 3;

  /** A fresh H2 file under target/, and room for as many confirmation mails as the test sends. */
  public static class FileDatabase implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "quarkus.datasource.jdbc.url",
          "jdbc:h2:file:./target/outbox-flush-it/"
              + System.nanoTime()
              + "/db;DB_CLOSE_ON_EXIT=FALSE",
          "eparwatch.alerts.confirmations-per-client",
          String.valueOf(ROUNDS * MAILS));
    }
  }

  @Inject MeterRegistry meters;
  @InjectEmaStub WireMockServer ema;

  @Test
  void eachSendIsFlushedBeforeAndAfterAndAPageCheckIsNot() {
    Timer flushes = meters.get("eparwatch.db.flush").timer();
    for (int round = 1; round <= ROUNDS; round++) {
      for (int i = 0; i < MAILS; i++) {
        subscribe(request("reader" + round + "-" + i + "@example.org", "DAILY", "{}"))
            .statusCode(201);
      }
      long flushesBefore = flushes.count();
      double flushMillisBefore = flushes.totalTime(MILLISECONDS);
      long start = System.nanoTime();
      MailOutbox.Pass pass = outbox.sendDue();
      double passMillis = (System.nanoTime() - start) / 1e6;
      long flushed = flushes.count() - flushesBefore;
      double flushMillis = flushes.totalTime(MILLISECONDS) - flushMillisBefore;
      LOG.infof(
          "outbox pass %d on an H2 file: %d mails in %.0f ms (%.1f ms a mail); its %d flushes"
              + " %.1f ms each",
          round, MAILS, passMillis, passMillis / MAILS, flushed, flushMillis / flushed);
      assertEquals(new MailOutbox.Pass(MAILS, 0, 0), pass);
      assertEquals(2L * MAILS, flushed, "one flush after each claim and one after each result");
    }
    assertEquals(ROUNDS * MAILS, mail.awaitReceived(ROUNDS * MAILS).size());

    long flushesBeforeChecks = flushes.count();
    String slug = Api.watch(ema.baseUrl() + Pages.PATH);
    StubPages.serve(ema, Pages.PATH, Pages.v1());
    Api.check(slug);
    StubPages.serve(ema, Pages.PATH, Pages.v2());
    Api.check(slug);
    Api.check(slug);
    assertEquals(flushesBeforeChecks, flushes.count(), "page checks do not flush");
  }
}

package io.eparwatch.alert;

import io.eparwatch.config.EparWatchConfig;
import io.eparwatch.testing.MovableClock;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The real outbox worker as the mail tests drive it: one {@link #sendDue()} is one worker pass; a
 * failed mail is due again only after its back-off, which {@link #sendUntilNothingDue(int)} lets
 * pass by moving the application's clock (no waiting).
 */
@ApplicationScoped
public class MailOutbox {

  private final OutboxWorker worker;
  private final MovableClock clock;
  private final EparWatchConfig config;

  MailOutbox(OutboxWorker worker, MovableClock clock, EparWatchConfig config) {
    this.worker = worker;
    this.clock = clock;
    this.config = config;
  }

  /** How many deliveries ended in each way in one pass ({@code gone}: given up, DEAD). */
  public record Pass(int sent, int failed, int gone) {}

  public Pass sendDue() {
    OutboxSummary summary = worker.sendDue();
    return new Pass(summary.sent(), summary.failed(), summary.dead());
  }

  /** Moves the clock past the longest back-off, so that every failed delivery is due again. */
  public void letBackOffPass() {
    clock.advance(config.alerts().maxBackoff().plusSeconds(1));
  }

  /**
   * Passes until nothing failed (at most {@code passes}), as the worker's later runs would: the
   * sums of all passes.
   */
  public Pass sendUntilNothingDue(int passes) {
    Pass total = new Pass(0, 0, 0);
    for (int i = 0; i < passes; i++) {
      Pass pass = sendDue();
      total = new Pass(total.sent + pass.sent, total.failed + pass.failed, total.gone + pass.gone);
      if (pass.failed == 0) {
        break;
      }
      letBackOffPass();
    }
    return total;
  }
}

package io.eparwatch.watch;

import io.eparwatch.source.EmaPause;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.List;

/**
 * Records a check that EMA's pause put off: due again when the pause ends, and nothing else changes
 * (no error counted, no back-off, validators and versions untouched; {@code lastCheckedAt} stays
 * the last time EMA was asked).
 */
@ApplicationScoped
public class CheckPostponer {

  @Transactional(TxType.REQUIRED)
  public CheckOutcome postpone(long watchId, EmaPause pause) {
    Watch watch = Watch.findById(watchId);
    if (watch != null) {
      watch.lastOutcome = Outcome.POSTPONED;
      watch.nextCheckAt = pause.until();
    }
    return new CheckOutcome(Outcome.POSTPONED, null, List.of(), pause.describe());
  }
}

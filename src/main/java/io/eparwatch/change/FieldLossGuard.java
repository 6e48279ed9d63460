package io.eparwatch.change;

import io.eparwatch.config.EparWatchConfig;
import io.eparwatch.epar.EparDocument;
import io.eparwatch.epar.EparPage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * A page on which many values vanish at once (the page's fields and its documents' fields) has
 * changed its format, not its content: it is held as suspect instead of diffed. A few values that
 * vanish are each held by {@link RemovalConfirmation} until the next check agrees.
 */
@ApplicationScoped
public class FieldLossGuard {

  private final double maxLoss;
  private final EparDiffer differ = new EparDiffer();

  @Inject
  public FieldLossGuard(EparWatchConfig config) {
    this(config.guards().maxFieldLoss());
  }

  public FieldLossGuard(double maxLoss) {
    this.maxLoss = maxLoss;
  }

  /** Why {@code current} should not be trusted after {@code previous}, if it should not. */
  public Optional<String> suspicion(EparPage previous, EparPage current) {
    long lost = differ.losses(previous, current);
    return lost == 0
        ? Optional.empty()
        : beyond(lost, values(previous), "page lost %d of its %d field values at once");
  }

  /**
   * Why an export in which {@code lost} of the {@code known} products already in the catalogue lost
   * a value should not be trusted, if it should not: the same share, over products.
   */
  public Optional<String> exportSuspicion(long lost, long known) {
    return beyond(lost, known, "%d of %d medicines lost field values at once");
  }

  private Optional<String> beyond(long lost, long of, String what) {
    if (lost == 0 || of == 0 || (double) lost / of <= maxLoss) {
      return Optional.empty();
    }
    return Optional.of(String.format(what + " (more than %.0f%%)", lost, of, maxLoss * 100));
  }

  /** The values the page states: its fields and its documents' compared fields. */
  private static long values(EparPage page) {
    long values = 0;
    for (PageField field : PageField.values()) {
      values += field.displayOf(page) == null ? 0 : 1;
    }
    for (EparDocument document : page.documents()) {
      for (String field : DocumentDiffer.FIELD_NAMES) {
        values += DocumentDiffer.displayOf(document, field) == null ? 0 : 1;
      }
    }
    return values;
  }
}

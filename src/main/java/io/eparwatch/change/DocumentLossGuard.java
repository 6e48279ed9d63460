package io.eparwatch.change;

import io.eparwatch.config.EparWatchConfig;
import io.eparwatch.epar.EparDocument;
import io.eparwatch.epar.EparPage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A page that loses a large share of its documents at once is far more often a broken or partial
 * page than a real withdrawal of documents, so it is held as suspect instead of diffed.
 */
@ApplicationScoped
public class DocumentLossGuard {

  private final double maxLoss;

  @Inject
  public DocumentLossGuard(EparWatchConfig config) {
    this(config.guards().maxDocumentLoss());
  }

  public DocumentLossGuard(double maxLoss) {
    this.maxLoss = maxLoss;
  }

  /** Why {@code current} should not be trusted after {@code previous}, if it should not. */
  public Optional<String> suspicion(EparPage previous, EparPage current) {
    Set<String> now =
        current.documents().stream().map(EparDocument::key).collect(Collectors.toSet());
    long lost =
        previous.documents().stream().map(EparDocument::key).filter(k -> !now.contains(k)).count();
    int before = previous.documents().size();
    if (before == 0 || (double) lost / before <= maxLoss) {
      return Optional.empty();
    }
    return Optional.of(
        String.format(
            "page lost %d of its %d documents at once (more than %.0f%%)",
            lost, before, maxLoss * 100));
  }
}

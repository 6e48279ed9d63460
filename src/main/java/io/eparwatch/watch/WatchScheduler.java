package io.eparwatch.watch;

import io.eparwatch.catalogue.ProductMoved;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;

/** Brings a watched page's next check forward when the exports show that the page moved. */
@ApplicationScoped
public class WatchScheduler {

  private final Clock clock;

  public WatchScheduler(Clock clock) {
    this.clock = clock;
  }

  void onProductMoved(@Observes ProductMoved moved) {
    Watch.update(
        "nextCheckAt = ?1 where productNumber = ?2 and nextCheckAt > ?1",
        clock.instant(),
        moved.productNumber());
  }
}

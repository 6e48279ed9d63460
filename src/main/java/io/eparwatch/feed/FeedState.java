package io.eparwatch.feed;

import io.eparwatch.change.ChangesPublished;
import io.eparwatch.config.EparWatchConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Whether the stored events may have changed since a feed was rendered. The database's {@link
 * Stamp} changes with every event added (the count grows: events are never deleted) and every merge
 * (a source is appended to an event, so the total length of the source lists grows); the largest id
 * is only there for people reading it. The stamp is asked for at most once per {@code
 * eparwatch.feeds.recheck-every}, and at once after this instance published events (after their
 * transaction committed, so a feed is never rendered from a state older than its stamp).
 */
@ApplicationScoped
public class FeedState {

  /** What the database held when it was asked. */
  public record Stamp(long events, long maxId, long sourcesLength) {}

  private record Checked(Stamp stamp, long publications, long atNanos) {}

  private final EntityManager em;
  private final long recheckNanos;
  private final AtomicLong publications = new AtomicLong();
  private volatile Checked checked;

  public FeedState(EntityManager em, EparWatchConfig config) {
    this.em = em;
    this.recheckNanos = config.feeds().recheckEvery().toNanos();
  }

  Stamp current() {
    Checked last = checked;
    if (isFresh(last)) {
      return last.stamp();
    }
    synchronized (this) {
      last = checked;
      if (isFresh(last)) {
        return last.stamp();
      }
      long seen = publications.get();
      long now = System.nanoTime();
      Stamp stamp = query();
      checked = new Checked(stamp, seen, now);
      return stamp;
    }
  }

  void onPublished(@Observes(during = TransactionPhase.AFTER_SUCCESS) ChangesPublished published) {
    publications.incrementAndGet();
  }

  private boolean isFresh(Checked last) {
    return last != null
        && last.publications() == publications.get()
        && System.nanoTime() - last.atNanos() < recheckNanos;
  }

  private Stamp query() {
    Object[] row =
        (Object[])
            em.createNativeQuery(
                    "select count(*), coalesce(max(id), 0), coalesce(sum(length(sources)), 0)"
                        + " from change_event")
                .getSingleResult();
    return new Stamp(number(row[0]), number(row[1]), number(row[2]));
  }

  private static long number(Object value) {
    return ((Number) value).longValue();
  }
}

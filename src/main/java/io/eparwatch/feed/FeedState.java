package io.eparwatch.feed;

import io.eparwatch.change.ChangeLog;
import io.eparwatch.change.ChangesPublished;
import io.eparwatch.config.EparWatchConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

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
  public record Stamp(long events, long maxId, long recentEvents, long recentSourcesLength) {}

  static final Duration MERGE_WINDOW = ChangeLog.SAME_CHANGE_WINDOW.plusDays(1);

  private record Checked(Stamp stamp, long publications, long atNanos) {}

  private final EntityManager em;
  private final Clock clock;
  private final long recheckNanos;
  private final AtomicLong publications = new AtomicLong();
  private final ReentrantLock refreshing = new ReentrantLock();
  private volatile Checked checked;

  public FeedState(EntityManager em, Clock clock, EparWatchConfig config) {
    this.em = em;
    this.clock = clock;
    this.recheckNanos = config.feeds().recheckEvery().toNanos();
  }

  Stamp current() {
    Checked last = checked;
    if (isFresh(last)) {
      return last.stamp();
    }
    // While one request asks the database, the others serve the stamp it is replacing, unless
    // this instance has published since (then they wait, to show what it published).
    if (!refreshing.tryLock()) {
      if (last != null && last.publications() == publications.get()) {
        return last.stamp();
      }
      refreshing.lock();
    }
    try {
      last = checked;
      if (isFresh(last)) {
        return last.stamp();
      }
      long seen = publications.get();
      long now = System.nanoTime();
      Stamp stamp = query();
      checked = new Checked(stamp, seen, now);
      return stamp;
    } finally {
      refreshing.unlock();
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
    Object[] all =
        (Object[])
            em.createNativeQuery("select count(*), coalesce(max(id), 0) from change_event")
                .getSingleResult();
    Object[] recent =
        (Object[])
            em.createNativeQuery(
                    "select count(*), coalesce(sum(length(sources)), 0) from change_event"
                        + " where detected_at >= ?1")
                .setParameter(1, clock.instant().minus(MERGE_WINDOW))
                .getSingleResult();
    return new Stamp(number(all[0]), number(all[1]), number(recent[0]), number(recent[1]));
  }

  private static long number(Object value) {
    return ((Number) value).longValue();
  }
}

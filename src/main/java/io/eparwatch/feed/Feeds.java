package io.eparwatch.feed;

import io.eparwatch.change.ChangeEvent;
import io.eparwatch.config.EparWatchConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Feeds of stored events: rendered once per state of the events and kept in memory, so that a
 * reader polling an unchanged feed costs a map lookup. Nothing is diffed or parsed here.
 */
@ApplicationScoped
public class Feeds {

  /** The {@code updated} of a feed without entries: fixed, so its tag does not change. */
  static final Instant EMPTY_FEED_UPDATED = Instant.parse("2026-01-01T00:00:00Z");

  private final FeedState state;
  private final FeedLinks links;
  private final int maxCached;
  private final Map<FeedRequest, RenderedFeed> cache = new ConcurrentHashMap<>();

  public Feeds(FeedState state, EparWatchConfig config) {
    this.state = state;
    this.links = new FeedLinks(config.publicUrl());
    this.maxCached = config.feeds().cachedFeeds();
  }

  public RenderedFeed render(FeedRequest request) {
    FeedState.Stamp stamp = state.current();
    RenderedFeed cached = cache.get(request);
    if (cached != null && cached.stamp().equals(stamp)) {
      return cached;
    }
    List<ChangeEvent> events = NewestEvents.of(request.filter(), request.limit());
    byte[] body =
        switch (request.format()) {
          case ATOM -> AtomWriter.write(request, events, links);
          case RSS -> RssWriter.write(request, events, links);
        };
    RenderedFeed rendered = RenderedFeed.of(request.format(), body, updated(events), stamp);
    if (cache.size() >= maxCached) {
      cache.clear(); // many distinct filters: start over rather than track use
    }
    cache.put(request, rendered);
    return rendered;
  }

  /** The newest event's detection time in whole seconds (HTTP dates have no more). */
  static Instant updated(List<ChangeEvent> events) {
    return events.isEmpty()
        ? EMPTY_FEED_UPDATED
        : events.get(0).detectedAt.truncatedTo(ChronoUnit.SECONDS);
  }
}

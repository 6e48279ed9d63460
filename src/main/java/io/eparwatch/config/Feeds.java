package io.eparwatch.config;

import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The Atom and RSS feeds. */
public interface Feeds {
  /**
   * How long a feed answered from memory is trusted before the database is asked again whether
   * events were added or merged (another instance, a merge of two sources). Events this instance
   * publishes show at once.
   */
  @WithDefault("1s")
  Duration recheckEvery();

  /** Rendered feeds kept in memory (one per format, filter and limit asked for). */
  @WithDefault("256")
  int cachedFeeds();
}

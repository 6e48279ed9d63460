package io.eparwatch.source;

import java.time.Duration;

/** Every wait of the fetcher goes through here, so tests can record waits instead of sleeping. */
@FunctionalInterface
public interface Sleeper {

  void sleep(Duration duration) throws InterruptedException;
}

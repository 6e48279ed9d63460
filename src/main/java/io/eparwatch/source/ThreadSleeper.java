package io.eparwatch.source;

import io.quarkus.arc.DefaultBean;
import jakarta.inject.Singleton;
import java.time.Duration;

/** The production {@link Sleeper}: really sleeps. */
@Singleton
@DefaultBean
public class ThreadSleeper implements Sleeper {

  @Override
  public void sleep(Duration duration) throws InterruptedException {
    if (!duration.isNegative() && !duration.isZero()) {
      Thread.sleep(duration.toMillis());
    }
  }
}

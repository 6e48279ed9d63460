package io.eparwatch.source;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Interrupts a blocking call that outlives its time limit. The JDK client's asynchronous API would
 * bound the time without it, but on a machine with fewer than three cores it starts one new thread
 * per response; its synchronous API does not, and this one thread bounds it instead.
 */
final class Alarm {

  private final ScheduledThreadPoolExecutor timer;

  Alarm() {
    timer =
        new ScheduledThreadPoolExecutor(
            1,
            task -> {
              Thread thread = new Thread(task, "ema-http-alarm");
              thread.setDaemon(true);
              return thread;
            });
    timer.setRemoveOnCancelPolicy(true);
  }

  /** A call bounded in time. */
  @FunctionalInterface
  interface Call<T> {
    T run() throws Exception;
  }

  /**
   * What became of a bounded call: its result, its error, or "rang" when it ran out of time (an
   * error at or after the limit counts as running out of time: the client's own request timeout,
   * equal to it, may abort the exchange a moment before the alarm rings).
   */
  record Outcome<T>(T result, Exception error, boolean rang) {}

  /**
   * Runs {@code call} on this thread, interrupting it after {@code limit}; the interrupt is
   * consumed here, so the caller's interrupt status reflects only interrupts from elsewhere.
   */
  <T> Outcome<T> run(Duration limit, Call<T> call) throws InterruptedException {
    long start = System.nanoTime();
    Thread caller = Thread.currentThread();
    Ringing ringing = new Ringing(caller);
    ScheduledFuture<?> scheduled =
        timer.schedule(ringing::ring, limit.toMillis(), TimeUnit.MILLISECONDS);
    try {
      return new Outcome<>(call.run(), null, false);
    } catch (InterruptedException e) {
      if (ringing.stop()) {
        return new Outcome<>(null, e, true);
      }
      throw e;
    } catch (Exception e) {
      boolean outOfTime = ringing.stop() || System.nanoTime() - start >= limit.toNanos();
      return new Outcome<>(null, e, outOfTime);
    } finally {
      scheduled.cancel(false);
      if (ringing.stop()) {
        Thread.interrupted(); // ours, not the caller's: clear it
      }
    }
  }

  private static final class Ringing {
    private final Thread caller;
    private boolean done;
    private boolean rang;

    Ringing(Thread caller) {
      this.caller = caller;
    }

    synchronized void ring() {
      if (!done) {
        rang = true;
        caller.interrupt();
      }
    }

    /** Stops ringing; whether it rang. */
    synchronized boolean stop() {
      done = true;
      return rang;
    }
  }
}

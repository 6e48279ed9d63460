package io.eparwatch.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs work on several threads released together by a barrier, for races; an exception in any of
 * them is rethrown (wrapped), so it fails the test.
 */
public final class AtOnce {

  private AtOnce() {}

  /** A piece of work given one input. */
  public interface Task<I, T> {
    T run(I input) throws Exception;
  }

  /** {@code task} on {@code threads} threads at once; the results in thread order. */
  public static <T> List<T> times(int threads, Callable<T> task) throws Exception {
    return each(Collections.nCopies(threads, 0), ignored -> task.call());
  }

  /** {@code task} on one thread per input, all at once; the results in input order. */
  public static <I, T> List<T> each(List<I> inputs, Task<I, T> task) throws Exception {
    CyclicBarrier start = new CyclicBarrier(inputs.size());
    ExecutorService threads = Executors.newFixedThreadPool(inputs.size());
    try {
      List<Future<T>> results = new ArrayList<>();
      for (I input : inputs) {
        results.add(
            threads.submit(
                () -> {
                  start.await();
                  return task.run(input);
                }));
      }
      List<T> done = new ArrayList<>();
      for (Future<T> result : results) {
        done.add(result.get());
      }
      return done;
    } finally {
      threads.shutdownNow();
    }
  }
}

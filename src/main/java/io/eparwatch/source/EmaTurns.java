package io.eparwatch.source;

import java.time.Duration;
import java.time.Instant;

/**
 * Where the right to send the next request to EMA is kept: the minimum gap (end of one request to
 * the start of the next) and the requests in flight at once. Stored ({@link StoredEmaTurns}), it
 * binds every instance of a cluster together, as one instance is bound alone.
 */
public interface EmaTurns {

  /** What an attempt to take a turn gave. */
  sealed interface Attempt permits Taken, NotBefore {}

  /** A turn is held: request now, then {@link #release} it. */
  record Taken(int slot) implements Attempt {}

  /** No turn is free; none can be before {@code retryAt} (a guess while another holds one). */
  record NotBefore(Instant retryAt) implements Attempt {}

  /**
   * Takes a turn at {@code now} if one is free and the gap since the last request has passed; the
   * turn is held at most {@code hold} (after that, and the gap, it is free again: its holder died).
   */
  Attempt take(Instant now, Duration hold);

  /** Releases {@code turn} after a request that ended at {@code end}. */
  void release(Taken turn, Instant end);

  /** Releases {@code turn} unused: no request was sent, the gap runs from the previous one. */
  void giveBack(Taken turn);
}

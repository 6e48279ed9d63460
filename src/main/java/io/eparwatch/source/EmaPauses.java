package io.eparwatch.source;

import java.time.Instant;
import java.util.Optional;

/**
 * Where the pause of all requests to EMA is kept. Stored ({@link StoredEmaPauses}), it outlives a
 * restart and binds every instance of a cluster.
 */
public interface EmaPauses {

  /** The pause in force at {@code now}, if any. */
  Optional<EmaPause> at(Instant now);

  /** Pauses until at least {@code pause.until()}: a shorter pause never cuts a longer one short. */
  void extend(EmaPause pause);
}

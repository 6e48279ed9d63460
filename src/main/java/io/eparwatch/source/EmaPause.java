package io.eparwatch.source;

import java.time.Instant;

/** EMA asked us to send nothing before {@code until}; {@code reason} says how, for a person. */
public record EmaPause(Instant until, String reason) {

  /** The sentence shown wherever the pause stops or postpones something. */
  public String describe() {
    return reason + "; requests to EMA paused until " + until;
  }
}

package io.eparwatch.source;

import java.net.URI;
import java.net.http.HttpHeaders;

/** Internal outcome of one request to EMA (or of a chain of them): a response, or a failure. */
sealed interface Exchange {

  record Response(URI uri, int status, HttpHeaders headers, byte[] body) implements Exchange {

    String header(String name) {
      return headers.firstValue(name).orElse(null);
    }
  }

  /**
   * {@code retriable}: worth another attempt (I/O error, timeout, 5xx). {@code pause}: not a
   * failure of the request but EMA's pause, set when nothing was (or may be) sent before its end.
   */
  record Failure(String error, boolean retriable, EmaPause pause) implements Exchange {

    static Failure paused(EmaPause pause) {
      return new Failure(pause.describe(), false, pause);
    }

    static Failure retriable(String error) {
      return new Failure(error, true, null);
    }

    static Failure permanent(String error) {
      return new Failure(error, false, null);
    }
  }
}

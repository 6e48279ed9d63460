package io.eparwatch.source;

import java.net.http.HttpResponse.BodyHandler;
import java.time.Duration;

/**
 * How the response bodies of one request (its redirects and retries included) are received, and how
 * long an exchange may take. Pages keep the body in memory; export downloads stream it to a file.
 */
interface BodyReceiver {

  /** Called once per exchange, just before it is sent. */
  BodyHandler<byte[]> handler();

  /** Time the next exchange may take, headers and body together; zero or less once spent. */
  Duration timeLeft();

  /** The configured bound, named when an exchange does not complete in time. */
  Duration limit();

  /** A page-sized body, kept in memory; every exchange gets the full {@code timeout}. */
  static BodyReceiver inMemory(long cap, Duration timeout) {
    return new InMemory(cap, timeout);
  }

  record InMemory(long cap, Duration timeout) implements BodyReceiver {

    @Override
    public BodyHandler<byte[]> handler() {
      return CappedBodySubscriber.handler(cap);
    }

    @Override
    public Duration timeLeft() {
      return timeout;
    }

    @Override
    public Duration limit() {
      return timeout;
    }
  }
}

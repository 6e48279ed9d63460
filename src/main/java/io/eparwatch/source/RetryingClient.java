package io.eparwatch.source;

import io.eparwatch.config.EparWatchConfig;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Requests one URL politely: through the {@link HostThrottle}, retrying 5xx answers and transport
 * errors with exponential backoff, and honouring Retry-After on 429 (and on 503).
 */
final class RetryingClient {

  private static final Logger LOG = Logger.getLogger(RetryingClient.class);

  private static final Duration HOLD_MARGIN = Duration.ofSeconds(30);

  private final BoundedHttp http;
  private final HostThrottle throttle;
  private final EparWatchConfig.Fetch config;
  private final Clock clock;
  private final Sleeper sleeper;

  RetryingClient(
      BoundedHttp http,
      HostThrottle throttle,
      EparWatchConfig.Fetch config,
      Clock clock,
      Sleeper sleeper) {
    this.http = http;
    this.throttle = throttle;
    this.config = config;
    this.clock = clock;
    this.sleeper = sleeper;
  }

  /**
   * A response with any status below 500 (or a final 5xx turned into a failure), or a failure. A
   * pause of EMA's that ends within {@code patience} is waited out; a longer one is a {@link
   * Exchange.Failure#paused paused} failure.
   */
  Exchange get(URI uri, Map<String, String> headers, BodyReceiver body, Duration patience)
      throws InterruptedException {
    Duration backoff = config.retryBackoff();
    Duration waitAllowed = patience;
    boolean waitedForServer = false;
    int attempt = 1;
    while (true) {
      Exchange exchange =
          throttle.inTurn(
              () -> http.get(uri, headers, body),
              longestHold(body),
              waitAllowed,
              Exchange.Failure::paused);
      Optional<Duration> serverWait = serverAskedToWait(exchange);
      if (serverWait.isPresent()) {
        EmaPause pause = pauseFor((Exchange.Response) exchange, serverWait.get());
        throttle.pause(pause);
        Duration wait = Duration.between(clock.instant(), pause.until());
        if (waitedForServer || wait.compareTo(config.maxRetryAfterWait()) > 0) {
          LOG.warnf("%s: %s", uri, pause.describe());
          return Exchange.Failure.paused(pause);
        }
        // The request that met the Retry-After waits it out once, as EMA asked.
        waitedForServer = true;
        waitAllowed = wait.compareTo(patience) > 0 ? wait : patience;
        LOG.infof("EMA asked to wait %s before requesting %s again", wait, uri);
        continue;
      }
      Exchange.Failure failure = retriableFailure(exchange);
      if (failure == null) {
        return exchange;
      }
      if (attempt > config.maxRetries()) {
        String attempts = attempt == 1 ? " (after 1 attempt)" : " (after " + attempt + " attempts)";
        return Exchange.Failure.permanent(failure.error() + attempts);
      }
      LOG.debugf("%s: %s; retrying in %s", uri, failure.error(), backoff);
      sleeper.sleep(backoff);
      backoff = backoff.multipliedBy(2);
      attempt++;
    }
  }

  /**
   * How long one exchange may hold the turn: connecting and the exchange's own bound, and a margin
   * for clocks and the database. Beyond it, the turn of an instance that died is free again.
   */
  private Duration longestHold(BodyReceiver body) {
    return config.connectTimeout().plus(body.timeLeft()).plus(HOLD_MARGIN);
  }

  private Optional<Duration> serverAskedToWait(Exchange exchange) {
    if (!(exchange instanceof Exchange.Response)) {
      return Optional.empty();
    }
    Exchange.Response response = (Exchange.Response) exchange;
    Optional<Duration> asked = RetryAfter.parse(response.header("Retry-After"), clock.instant());
    if (response.status() == 429) {
      // No (readable) Retry-After: assume one backoff step rather than hammering.
      return Optional.of(asked.orElse(config.retryBackoff()));
    }
    return response.status() == 503 ? asked : Optional.empty();
  }

  /** The pause a Retry-After asks for, never longer than {@code max-pause}. */
  private EmaPause pauseFor(Exchange.Response response, Duration asked) {
    Duration granted = asked.compareTo(config.maxPause()) > 0 ? config.maxPause() : asked;
    String who = response.status() == 429 ? "rate limited by EMA" : "EMA temporarily unavailable";
    String wait =
        granted.equals(asked)
            ? "asked to wait " + asked.toSeconds() + "s"
            : "asked to wait " + asked.toSeconds() + "s, cut to " + granted.toSeconds() + "s";
    return new EmaPause(
        clock.instant().plus(granted), who + " (HTTP " + response.status() + "), " + wait);
  }

  private static Exchange.Failure retriableFailure(Exchange exchange) {
    if (exchange instanceof Exchange.Failure) {
      Exchange.Failure failure = (Exchange.Failure) exchange;
      return failure.retriable() ? failure : null;
    }
    int status = ((Exchange.Response) exchange).status();
    return status >= 500 ? Exchange.Failure.retriable("EMA answered HTTP " + status) : null;
  }
}

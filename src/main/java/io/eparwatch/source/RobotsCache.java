package io.eparwatch.source;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/** EMA's robots.txt rules for our product token, refetched (through the throttle) once stale. */
final class RobotsCache {

  private static final Logger LOG = Logger.getLogger(RobotsCache.class);
  // While robots.txt is unreachable we disallow everything (RFC 9309 §2.3.1.4), but ask again soon
  // rather than once per page check or only after the full TTL.
  private static final Duration UNREACHABLE_RECHECK = Duration.ofMinutes(5);

  private final URI robotsUrl;
  private final String productToken;
  private final Duration ttl;
  private final Clock clock;
  private final RedirectFollower http;
  private final BodyReceiver body;
  private RobotsRules rules;
  private Instant expires = Instant.MIN;

  /** Why robots.txt could not be read, while that is the reason everything is disallowed. */
  private String unreachable;

  RobotsCache(
      URI robotsUrl,
      String productToken,
      Duration ttl,
      Clock clock,
      RedirectFollower http,
      BodyReceiver body) {
    this.robotsUrl = robotsUrl;
    this.productToken = productToken;
    this.ttl = ttl;
    this.clock = clock;
    this.http = http;
    this.body = body;
  }

  /**
   * Empty when {@code uri} may be fetched; otherwise why not: disallowed, or EMA asked us to wait
   * before we could even read robots.txt.
   */
  synchronized Optional<Exchange.Failure> refusal(URI uri, Duration patience)
      throws InterruptedException {
    if (!clock.instant().isBefore(expires)) {
      Exchange.Failure postponed = refresh(patience);
      if (postponed != null) {
        return Optional.of(postponed);
      }
    }
    String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
    if (rules.allows(uri.getRawPath() + query)) {
      return Optional.empty();
    }
    return Optional.of(
        Exchange.Failure.permanent(
            unreachable != null
                ? "robots.txt of EMA could not be read ("
                    + unreachable
                    + ");"
                    + " nothing is fetched from EMA until it can"
                : "disallowed by robots.txt: " + uri.getRawPath()));
  }

  /** Null once the rules are renewed; the failure when EMA asked us to wait (nothing learnt). */
  private Exchange.Failure refresh(Duration patience) throws InterruptedException {
    Exchange exchange = http.get(robotsUrl, Map.of(), RedirectFollower.Gate.open(), body, patience);
    if (exchange instanceof Exchange.Failure && ((Exchange.Failure) exchange).pause() != null) {
      return (Exchange.Failure) exchange;
    }
    renew(exchange);
    return null;
  }

  private void renew(Exchange exchange) {
    if (exchange instanceof Exchange.Response) {
      Exchange.Response response = (Exchange.Response) exchange;
      if (response.status() >= 200 && response.status() < 300) {
        String text = new String(response.body(), StandardCharsets.UTF_8);
        keep(RobotsRules.parse(text, productToken), ttl);
        return;
      }
      if (response.status() >= 400 && response.status() < 500) {
        keep(RobotsRules.allowAll(), ttl); // RFC 9309: "unavailable" robots.txt allows everything
        return;
      }
    }
    LOG.warnf("robots.txt unreachable (%s): disallowing all fetches for now", describe(exchange));
    Duration recheck = ttl.compareTo(UNREACHABLE_RECHECK) < 0 ? ttl : UNREACHABLE_RECHECK;
    keep(RobotsRules.disallowAll(), recheck);
    unreachable = describe(exchange);
  }

  private void keep(RobotsRules rules, Duration lifetime) {
    this.rules = rules;
    this.unreachable = null;
    this.expires = clock.instant().plus(lifetime);
  }

  private static String describe(Exchange exchange) {
    return exchange instanceof Exchange.Failure
        ? ((Exchange.Failure) exchange).error()
        : "HTTP " + ((Exchange.Response) exchange).status();
  }
}

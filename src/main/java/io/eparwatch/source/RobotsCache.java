package io.eparwatch.source;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * EMA's robots.txt rules for our product token, shared by every instance through the budget's
 * {@link RobotsStore}: refetched (through the throttle) by one instance once stale, reused by the
 * others until then, and kept here in memory meanwhile.
 */
final class RobotsCache {

  private static final Logger LOG = Logger.getLogger(RobotsCache.class);
  // While robots.txt is unreachable we disallow everything (RFC 9309 §2.3.1.4), but ask again soon
  // rather than once per page check or only after the full TTL.
  private static final Duration UNREACHABLE_RECHECK = Duration.ofMinutes(5);
  // A fetch of robots.txt takes one request (and its retries); after this, another may try.
  private static final Duration REFRESH_CLAIM = Duration.ofMinutes(2);
  // How often an instance with no rules yet looks whether the one fetching them has kept them.
  private static final Duration CLAIMED_POLL = Duration.ofMillis(250);

  private final URI robotsUrl;
  private final String productToken;
  private final Duration ttl;
  private final Clock clock;
  private final Sleeper sleeper;
  private final EmaBudget budget;
  private final RedirectFollower http;
  private final BodyReceiver body;
  private RobotsStore.Learnt learnt;
  private RobotsRules rules;

  RobotsCache(
      URI robotsUrl,
      String productToken,
      Duration ttl,
      Clock clock,
      Sleeper sleeper,
      EmaBudget budget,
      RedirectFollower http,
      BodyReceiver body) {
    this.robotsUrl = robotsUrl;
    this.productToken = productToken;
    this.ttl = ttl;
    this.clock = clock;
    this.sleeper = sleeper;
    this.budget = budget;
    this.http = http;
    this.body = body;
  }

  /**
   * Empty when {@code uri} may be fetched; otherwise why not: disallowed, or EMA asked us to wait
   * before we could even read robots.txt.
   */
  synchronized Optional<Exchange.Failure> refusal(URI uri, Duration patience)
      throws InterruptedException {
    if (learnt == null || !clock.instant().isBefore(learnt.expires())) {
      Exchange.Failure postponed = renew(patience);
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
            learnt.unreachable() != null
                ? "robots.txt of EMA could not be read ("
                    + learnt.unreachable()
                    + ");"
                    + " nothing is fetched from EMA until it can"
                : "disallowed by robots.txt: " + uri.getRawPath()));
  }

  /**
   * Null once rules are in hand: those another instance kept, ours freshly fetched, or (while
   * another instance fetches) the stale ones; the failure when EMA asked us to wait.
   */
  private Exchange.Failure renew(Duration patience) throws InterruptedException {
    RobotsStore store = budget.robots();
    while (true) {
      Instant now = clock.instant();
      Optional<RobotsStore.Learnt> kept = stillGood(store, now);
      if (kept.isEmpty() && store.claimRefresh(now, now.plus(REFRESH_CLAIM))) {
        return fetch(store, patience);
      }
      // Refused while another instance fetches, or because it kept fresh rules since we looked.
      kept = kept.or(() -> stillGood(store, now));
      if (kept.isPresent()) {
        adopt(kept.get());
        return null;
      }
      if (rules != null) {
        return null;
      }
      sleeper.sleep(CLAIMED_POLL);
      budget.waited(CLAIMED_POLL);
    }
  }

  private static Optional<RobotsStore.Learnt> stillGood(RobotsStore store, Instant now) {
    return store.latest().filter(learnt -> now.isBefore(learnt.expires()));
  }

  private Exchange.Failure fetch(RobotsStore store, Duration patience) throws InterruptedException {
    Exchange exchange;
    try {
      exchange = http.get(robotsUrl, Map.of(), RedirectFollower.Gate.open(), body, patience);
    } catch (InterruptedException | RuntimeException e) {
      store.endClaim();
      throw e;
    }
    if (exchange instanceof Exchange.Failure && ((Exchange.Failure) exchange).pause() != null) {
      store.endClaim();
      return (Exchange.Failure) exchange;
    }
    RobotsStore.Learnt fresh = learn(exchange);
    store.keep(fresh);
    adopt(fresh);
    return null;
  }

  private RobotsStore.Learnt learn(Exchange exchange) {
    Instant now = clock.instant();
    if (exchange instanceof Exchange.Response) {
      Exchange.Response response = (Exchange.Response) exchange;
      if (response.status() >= 200 && response.status() < 300) {
        String text = new String(response.body(), StandardCharsets.UTF_8);
        return new RobotsStore.Learnt(text, null, now, now.plus(ttl));
      }
      if (response.status() >= 400 && response.status() < 500) {
        // RFC 9309: an "unavailable" robots.txt allows everything.
        return new RobotsStore.Learnt("", null, now, now.plus(ttl));
      }
    }
    LOG.warnf("robots.txt unreachable (%s): disallowing all fetches for now", describe(exchange));
    Duration recheck = ttl.compareTo(UNREACHABLE_RECHECK) < 0 ? ttl : UNREACHABLE_RECHECK;
    return new RobotsStore.Learnt("", describe(exchange), now, now.plus(recheck));
  }

  private void adopt(RobotsStore.Learnt learnt) {
    this.learnt = learnt;
    this.rules = learnt.rules(productToken);
  }

  private static String describe(Exchange exchange) {
    return exchange instanceof Exchange.Failure
        ? ((Exchange.Failure) exchange).error()
        : "HTTP " + ((Exchange.Response) exchange).status();
  }
}

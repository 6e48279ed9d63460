package io.eparwatch.source;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Follows redirects by hand, as far as {@link FetchGuards} allows: only within the EMA host, so a
 * foreign target is never contacted.
 */
final class RedirectFollower {

  private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

  /** Decides whether a URL may be requested; the failure to report when it may not. */
  @FunctionalInterface
  interface Gate {
    Optional<Exchange.Failure> refusal(URI uri) throws InterruptedException;

    static Gate open() {
      return uri -> Optional.empty();
    }
  }

  private final FetchGuards guards;
  private final RetryingClient client;

  RedirectFollower(FetchGuards guards, RetryingClient client) {
    this.guards = guards;
    this.client = client;
  }

  Exchange get(
      URI start, Map<String, String> headers, Gate gate, BodyReceiver body, Duration patience)
      throws InterruptedException {
    String refused = guards.start(start);
    if (refused != null) {
      return Exchange.Failure.permanent(refused);
    }
    URI current = start;
    for (int redirects = 0; ; redirects++) {
      Optional<Exchange.Failure> refusal = gate.refusal(current);
      if (refusal.isPresent()) {
        return refusal.get();
      }
      Exchange exchange = client.get(current, headers, body, patience);
      if (!isRedirect(exchange)) {
        return exchange;
      }
      String location = ((Exchange.Response) exchange).header("Location");
      URI next = redirects == FetchGuards.MAX_REDIRECTS ? null : resolve(current, location);
      refused = guards.redirect(redirects, start, location, next);
      if (refused != null) {
        return Exchange.Failure.permanent(refused);
      }
      current = next;
    }
  }

  private static boolean isRedirect(Exchange exchange) {
    return exchange instanceof Exchange.Response
        && REDIRECTS.contains(((Exchange.Response) exchange).status());
  }

  private static URI resolve(URI base, String location) {
    if (location == null || location.isBlank()) {
      return null;
    }
    try {
      return base.resolve(location.strip());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}

package io.eparwatch.source;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Follows redirects by hand, and only within the EMA host: a foreign target is never contacted. */
final class RedirectFollower {

  static final int MAX_REDIRECTS = 5;
  private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

  /** Decides whether a URL may be requested; the failure to report when it may not. */
  @FunctionalInterface
  interface Gate {
    Optional<Exchange.Failure> refusal(URI uri) throws InterruptedException;

    static Gate open() {
      return uri -> Optional.empty();
    }
  }

  private final EmaUrls urls;
  private final RetryingClient client;

  RedirectFollower(EmaUrls urls, RetryingClient client) {
    this.urls = urls;
    this.client = client;
  }

  Exchange get(
      URI start, Map<String, String> headers, Gate gate, BodyReceiver body, Duration patience)
      throws InterruptedException {
    if (!urls.isEmaHost(start)) {
      return Exchange.Failure.permanent("refusing to fetch " + start + ": not the EMA host");
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
      if (redirects == MAX_REDIRECTS) {
        return Exchange.Failure.permanent(
            "more than " + MAX_REDIRECTS + " redirects from " + start);
      }
      Exchange.Response response = (Exchange.Response) exchange;
      String location = response.header("Location");
      URI next = resolve(current, location);
      if (next == null) {
        return Exchange.Failure.permanent("redirect with invalid Location '" + location + "'");
      }
      if (!urls.isEmaHost(next)) {
        String host = next.getAuthority();
        return Exchange.Failure.permanent("redirect to foreign host " + host + " refused");
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

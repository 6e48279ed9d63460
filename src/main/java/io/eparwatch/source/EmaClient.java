package io.eparwatch.source;

import io.eparwatch.config.EparWatchConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * The one way to the EMA host, shared by page fetches and export downloads so that they form one
 * politeness domain: a single {@link HostThrottle} (one request at a time, the minimum gap, pauses
 * EMA asked for), one robots.txt cache, redirects followed only within the EMA host, retries.
 */
@ApplicationScoped
public class EmaClient {

  private final RedirectFollower http;
  private final RobotsCache robots;
  private final BodyReceiver pageBody;
  private final boolean respectRobots;

  @Inject
  public EmaClient(EparWatchConfig config, EmaUrls urls, Clock clock, Sleeper sleeper) {
    EparWatchConfig.Fetch fetch = config.fetch();
    HostThrottle throttle = new HostThrottle(fetch.minGap(), clock, sleeper);
    RetryingClient client =
        new RetryingClient(new BoundedHttp(fetch), throttle, fetch, clock, sleeper);
    this.http = new RedirectFollower(urls, client);
    this.pageBody = BodyReceiver.inMemory(fetch.maxBodySize().asLongValue(), fetch.readTimeout());
    String productToken = PageFetcher.productToken(fetch.userAgent());
    this.robots =
        new RobotsCache(urls.robotsUrl(), productToken, fetch.robotsTtl(), clock, http, pageBody);
    this.respectRobots = fetch.respectRobots();
  }

  /** A page-sized GET: body in memory, within the fetch read timeout. */
  Exchange get(URI url, Map<String, String> headers) throws InterruptedException {
    return get(url, headers, pageBody);
  }

  /** A GET whose response bodies go where {@code body} says. */
  Exchange get(URI url, Map<String, String> headers, BodyReceiver body)
      throws InterruptedException {
    return http.get(url, headers, this::robotsRefusal, body);
  }

  private Optional<Exchange.Failure> robotsRefusal(URI uri) throws InterruptedException {
    return respectRobots ? robots.refusal(uri) : Optional.empty();
  }
}

package io.eparwatch.source;

import io.eparwatch.config.EparWatchConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The one way to the EMA host, shared by page fetches and export downloads so that they form one
 * politeness domain: a single {@link HostThrottle} (one request at a time, the minimum gap, pauses
 * EMA asked for), one robots.txt cache, redirects followed only within the EMA host, retries. The
 * {@link EmaBudget} it draws on is shared by every instance of a cluster.
 */
@ApplicationScoped
public class EmaClient {

  private final RedirectFollower http;
  private final RobotsCache robots;
  private final BodyReceiver pageBody;
  private final boolean respectRobots;

  @Inject
  public EmaClient(
      EparWatchConfig config, EmaUrls urls, Clock clock, Sleeper sleeper, EmaBudget budget) {
    EparWatchConfig.Fetch fetch = config.fetch();
    HostThrottle throttle =
        new HostThrottle(fetch.minGap(), fetch.maxInFlight(), clock, sleeper, budget);
    RetryingClient client =
        new RetryingClient(new BoundedHttp(fetch), throttle, fetch, clock, sleeper);
    this.http = new RedirectFollower(new FetchGuards(urls), client);
    this.pageBody = BodyReceiver.inMemory(fetch.maxBodySize().asLongValue(), fetch.readTimeout());
    String productToken = PageFetcher.productToken(fetch.userAgent());
    this.robots =
        new RobotsCache(
            urls.robotsUrl(),
            productToken,
            fetch.robotsTtl(),
            clock,
            sleeper,
            budget,
            http,
            pageBody);
    this.respectRobots = fetch.respectRobots();
  }

  /**
   * A page-sized GET: body in memory, within the fetch read timeout. A pause of EMA's ending within
   * {@code patience} is waited out.
   */
  Exchange get(URI url, Map<String, String> headers, Duration patience)
      throws InterruptedException {
    return get(url, headers, pageBody, patience);
  }

  /** A GET whose response bodies go where {@code body} says. */
  Exchange get(URI url, Map<String, String> headers, BodyReceiver body, Duration patience)
      throws InterruptedException {
    RedirectFollower.Gate robotsGate =
        uri -> respectRobots ? robots.refusal(uri, patience) : Optional.empty();
    return http.get(url, headers, robotsGate, body, patience);
  }
}

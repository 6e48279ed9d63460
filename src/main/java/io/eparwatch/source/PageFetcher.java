package io.eparwatch.source;

import io.eparwatch.config.EparWatchConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Fetches EPAR pages from EMA, politely and safely: only the EMA host, one request at a time with a
 * gap, robots.txt honoured, bounded size and time, conditional GET, retries. Never throws for a
 * normal outcome: see {@link FetchResult}.
 */
@ApplicationScoped
public class PageFetcher {

  private final RedirectFollower http;
  private final RobotsCache robots;
  private final boolean respectRobots;

  @Inject
  public PageFetcher(EparWatchConfig config, EmaUrls urls, Clock clock, Sleeper sleeper) {
    this(config.fetch(), urls, clock, sleeper);
  }

  public PageFetcher(EparWatchConfig.Fetch config, EmaUrls urls, Clock clock, Sleeper sleeper) {
    HostThrottle throttle = new HostThrottle(config.minGap(), clock, sleeper);
    RetryingClient client =
        new RetryingClient(new BoundedHttp(config), throttle, config, clock, sleeper);
    this.http = new RedirectFollower(urls, client);
    this.robots =
        new RobotsCache(
            urls.robotsUrl(), productToken(config.userAgent()), config.robotsTtl(), clock, http);
    this.respectRobots = config.respectRobots();
  }

  /** Fetches {@code url} (which must be on the EMA host), conditionally when validators are given. */
  public FetchResult fetch(URI url, Validators validators) {
    long start = System.nanoTime();
    try {
      Exchange exchange = http.get(url, conditionalHeaders(validators), this::robotsRefusal);
      return toResult(exchange, Duration.ofNanos(System.nanoTime() - start));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new FetchResult.Failed("interrupted");
    }
  }

  private Optional<Exchange.Failure> robotsRefusal(URI uri) throws InterruptedException {
    return respectRobots ? robots.refusal(uri) : Optional.empty();
  }

  private static Map<String, String> conditionalHeaders(Validators validators) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Accept", "text/html");
    if (validators != null && validators.etag() != null) {
      headers.put("If-None-Match", validators.etag());
    }
    if (validators != null && validators.lastModified() != null) {
      headers.put("If-Modified-Since", validators.lastModified());
    }
    return headers;
  }

  private static FetchResult toResult(Exchange exchange, Duration elapsed) {
    if (exchange instanceof Exchange.Failure) {
      Exchange.Failure failure = (Exchange.Failure) exchange;
      return new FetchResult.Failed(failure.error(), failure.retryNotBefore());
    }
    Exchange.Response response = (Exchange.Response) exchange;
    int status = response.status();
    if (status == 304) {
      return new FetchResult.NotModified(elapsed);
    }
    if (status < 200 || status > 299) {
      return new FetchResult.Failed("EMA answered HTTP " + status + " for " + response.uri());
    }
    String contentType = response.header("Content-Type");
    if (!isHtml(contentType)) {
      String shown = contentType == null ? "(none)" : contentType;
      return new FetchResult.Failed("unexpected content type " + shown);
    }
    return new FetchResult.Fetched(
        response.uri(), status, contentType, response.body(),
        response.header("ETag"), response.header("Last-Modified"), elapsed);
  }

  private static boolean isHtml(String contentType) {
    return contentType != null
        && contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT).equals("text/html");
  }

  /** "EPARWatch/0.1 (+https://...)" → "EPARWatch": the name robots.txt groups are matched against. */
  static String productToken(String userAgent) {
    String firstWord = userAgent.strip().split("\\s+", 2)[0];
    return firstWord.split("/", 2)[0];
  }
}

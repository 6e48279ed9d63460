package io.eparwatch.source;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Fetches EPAR pages from EMA, politely and safely: only the EMA host, one request at a time with a
 * gap, robots.txt honoured, bounded size and time, conditional GET, retries (all through the {@link
 * EmaClient} shared with export downloads, guarded by {@link FetchGuards}). Never throws for a
 * normal outcome: see {@link FetchResult}.
 */
@ApplicationScoped
public class PageFetcher {

  private final EmaClient ema;

  @Inject
  public PageFetcher(EmaClient ema) {
    this.ema = ema;
  }

  /**
   * Fetches {@code url} (which must be on the EMA host), conditionally when validators are given.
   */
  public FetchResult fetch(URI url, Validators validators) {
    return fetch(url, validators, Duration.ZERO);
  }

  /**
   * As {@link #fetch(URI, Validators)}, but a pause of EMA's ending within {@code patience} is
   * waited out instead of postponing the fetch.
   */
  public FetchResult fetch(URI url, Validators validators, Duration patience) {
    long start = System.nanoTime();
    try {
      Exchange exchange = ema.get(url, conditionalHeaders(validators), patience);
      return toResult(exchange, Duration.ofNanos(System.nanoTime() - start));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new FetchResult.Failed("interrupted");
    }
  }

  private static Map<String, String> conditionalHeaders(Validators validators) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Accept", "text/html");
    Validators.addConditionalHeaders(validators, headers);
    return headers;
  }

  private static FetchResult toResult(Exchange exchange, Duration elapsed) {
    if (exchange instanceof Exchange.Failure) {
      Exchange.Failure failure = (Exchange.Failure) exchange;
      return failure.pause() != null
          ? new FetchResult.Postponed(failure.pause())
          : new FetchResult.Failed(failure.error());
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
    String refused = FetchGuards.pageType(contentType);
    if (refused != null) {
      return new FetchResult.Failed(refused);
    }
    return new FetchResult.Fetched(
        response.uri(),
        status,
        contentType,
        response.body(),
        response.header("ETag"),
        response.header("Last-Modified"),
        elapsed);
  }

  /**
   * "EPARWatch/0.1 (+https://...)" → "EPARWatch": the name robots.txt groups are matched against.
   */
  static String productToken(String userAgent) {
    String firstWord = userAgent.strip().split("\\s+", 2)[0];
    return firstWord.split("/", 2)[0];
  }
}

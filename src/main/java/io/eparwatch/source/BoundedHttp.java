package io.eparwatch.source;

import io.eparwatch.config.EparWatchConfig;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One GET, bounded in every dimension: connect timeout, a time limit over headers and body
 * together, body size (the last two set by the {@link BodyReceiver}), and the threads it runs on.
 * Never follows redirects; identifies itself with the configured User-Agent.
 */
final class BoundedHttp {

  private final HttpClient client;
  private final String userAgent;
  // The request timeout bounds the headers only; this bounds headers and body together.
  private final Alarm alarm = new Alarm();

  BoundedHttp(EparWatchConfig.Fetch config) {
    this.client =
        HttpClient.newBuilder()
            // Without an executor of its own, the JDK client starts a new thread per response.
            .executor(pool(Math.max(2, 2 * config.maxInFlight())))
            .connectTimeout(config.connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            // HTTP/1.1: one plain connection per exchange is plenty at our request rate.
            .version(HttpClient.Version.HTTP_1_1)
            .build();
    this.userAgent = config.userAgent();
  }

  /** A fixed number of daemon threads at most, released when idle. */
  private static ExecutorService pool(int threads) {
    AtomicInteger number = new AtomicInteger();
    ThreadPoolExecutor pool =
        new ThreadPoolExecutor(
            threads,
            threads,
            30,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            task -> {
              Thread thread = new Thread(task, "ema-http-" + number.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    pool.allowCoreThreadTimeOut(true);
    return pool;
  }

  Exchange get(URI uri, Map<String, String> headers, BodyReceiver body)
      throws InterruptedException {
    Duration timeLeft = body.timeLeft();
    if (timeLeft.isNegative() || timeLeft.isZero()) {
      return Exchange.Failure.permanent(noCompleteResponse(body).error());
    }
    HttpRequest request = request(uri, headers, timeLeft);
    Alarm.Outcome<HttpResponse<byte[]>> sent =
        alarm.run(timeLeft, () -> client.send(request, body.handler()));
    if (sent.rang()) {
      return noCompleteResponse(body);
    }
    if (sent.error() != null) {
      return failure(sent.error(), body);
    }
    HttpResponse<byte[]> response = sent.result();
    return new Exchange.Response(uri, response.statusCode(), response.headers(), response.body());
  }

  private HttpRequest request(URI uri, Map<String, String> headers, Duration timeout) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri).GET().timeout(timeout).header("User-Agent", userAgent);
    headers.forEach(request::header);
    return request.build();
  }

  private Exchange.Failure failure(Throwable cause, BodyReceiver body) {
    while (cause instanceof CompletionException && cause.getCause() != null) {
      cause = cause.getCause();
    }
    for (Throwable link = cause; link != null; link = link.getCause()) {
      if (link instanceof CappedBodySubscriber.BodyTooLargeException) {
        return Exchange.Failure.permanent(link.getMessage());
      }
    }
    if (cause instanceof HttpConnectTimeoutException) {
      return Exchange.Failure.retriable("connect timeout: " + cause.getMessage());
    }
    if (cause instanceof HttpTimeoutException) {
      // The request timeout and the overall deadline are the same time limit; whichever fires
      // first, the caller sees one message.
      return noCompleteResponse(body);
    }
    if (cause instanceof IOException) {
      return Exchange.Failure.retriable("I/O error: " + describe(cause));
    }
    return Exchange.Failure.permanent("request failed: " + describe(cause));
  }

  private static Exchange.Failure noCompleteResponse(BodyReceiver body) {
    return Exchange.Failure.retriable("no complete response within " + body.limit());
  }

  /** What went wrong in words, never the exception's class name. */
  private static String describe(Throwable error) {
    if (error instanceof java.net.ConnectException) {
      return "connection refused";
    }
    if (error instanceof javax.net.ssl.SSLException) {
      return "secure connection failed";
    }
    String message = error.getMessage();
    return message == null || message.isBlank() ? "connection lost" : message;
  }
}

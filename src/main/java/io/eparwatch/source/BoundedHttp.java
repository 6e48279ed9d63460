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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One GET, bounded in every dimension: connect timeout, read timeout over headers and body together,
 * body size. Never follows redirects; identifies itself with the configured User-Agent.
 */
final class BoundedHttp {

  private final HttpClient client;
  private final String userAgent;
  private final Duration readTimeout;
  private final long maxBodyBytes;

  BoundedHttp(EparWatchConfig.Fetch config) {
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(config.connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            // HTTP/1.1: one plain connection per exchange is plenty at our request rate.
            .version(HttpClient.Version.HTTP_1_1)
            .build();
    this.userAgent = config.userAgent();
    this.readTimeout = config.readTimeout();
    this.maxBodyBytes = config.maxBodySize().asLongValue();
  }

  Exchange get(URI uri, Map<String, String> headers) throws InterruptedException {
    CompletableFuture<HttpResponse<byte[]>> pending =
        client.sendAsync(request(uri, headers), CappedBodySubscriber.handler(maxBodyBytes));
    try {
      HttpResponse<byte[]> response = pending.get(readTimeout.toMillis(), TimeUnit.MILLISECONDS);
      return new Exchange.Response(uri, response.statusCode(), response.headers(), response.body());
    } catch (TimeoutException e) {
      pending.cancel(true);
      return noCompleteResponse();
    } catch (ExecutionException e) {
      return failure(e.getCause());
    } catch (InterruptedException e) {
      pending.cancel(true);
      throw e;
    }
  }

  private HttpRequest request(URI uri, Map<String, String> headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri).GET().timeout(readTimeout).header("User-Agent", userAgent);
    headers.forEach(request::header);
    return request.build();
  }

  private Exchange.Failure failure(Throwable cause) {
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
      // The request timeout and the overall deadline are the same read timeout; whichever fires
      // first, the caller sees one message.
      return noCompleteResponse();
    }
    if (cause instanceof IOException) {
      return Exchange.Failure.retriable("I/O error: " + describe(cause));
    }
    return Exchange.Failure.permanent("request failed: " + describe(cause));
  }

  private Exchange.Failure noCompleteResponse() {
    return Exchange.Failure.retriable("no complete response within " + readTimeout);
  }

  private static String describe(Throwable error) {
    String message = error.getMessage();
    String type = error.getClass().getSimpleName();
    return message == null || message.isBlank() ? type : type + ": " + message;
  }
}

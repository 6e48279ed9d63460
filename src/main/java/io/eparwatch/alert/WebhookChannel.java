package io.eparwatch.alert;

import io.eparwatch.change.ChangeEvent;
import io.eparwatch.config.EparWatchConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Posts a {@code WEBHOOK} delivery to its receiver: the body re-read from the database, signed,
 * with the delivery's id as {@code X-EparWatch-Delivery}. Only a 2xx is success; redirects are not
 * followed. Its own client and threads: receivers are the users' systems, not EMA.
 */
@ApplicationScoped
public class WebhookChannel implements DeliveryChannel {

  static final String DELIVERY_HEADER = "X-EparWatch-Delivery";

  private final ExecutorService threads;
  private final HttpClient client;
  private final Duration timeout;
  private final URI publicUrl;

  public WebhookChannel(EparWatchConfig config) {
    this.timeout = config.alerts().webhookTimeout();
    this.publicUrl = config.publicUrl();
    this.threads =
        Executors.newFixedThreadPool(
            2,
            task -> {
              Thread thread = new Thread(task, "webhook-client");
              thread.setDaemon(true);
              return thread;
            });
    this.client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1) // no h2c upgrade headers for plain receivers
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(timeout)
            .executor(threads)
            .build();
  }

  @PreDestroy
  void stop() {
    threads.shutdownNow();
  }

  @Override
  public boolean sends(Delivery.Kind kind) {
    return kind == Delivery.Kind.WEBHOOK;
  }

  /** The request to make, or null when the webhook is gone. */
  private record Call(URI url, String secret, byte[] body) {}

  @Override
  public Result send(Delivery delivery) {
    Call call = QuarkusTransaction.requiringNew().call(() -> prepare(delivery));
    if (call == null) {
      return new Gone(Webhooks.REMOVED);
    }
    HttpRequest request =
        HttpRequest.newBuilder(call.url())
            .timeout(timeout)
            .header("Content-Type", "application/json")
            .header("User-Agent", "EPARWatch-Webhooks/0.1 (+" + publicUrl + ")")
            .header(WebhookSignature.HEADER, WebhookSignature.of(call.secret(), call.body()))
            .header(DELIVERY_HEADER, String.valueOf(delivery.id))
            .POST(HttpRequest.BodyPublishers.ofByteArray(call.body()))
            .build();
    return post(request);
  }

  private Call prepare(Delivery delivery) {
    Webhook webhook = delivery.webhookId == null ? null : Webhook.findById(delivery.webhookId);
    if (webhook == null) {
      return null;
    }
    List<ChangeEvent> events = ChangeEvent.list("id in ?1 order by id", delivery.eventIdList());
    return new Call(
        URI.create(webhook.url), webhook.secret, WebhookBody.of(delivery.id, events, publicUrl));
  }

  private Result post(HttpRequest request) {
    var answer = client.sendAsync(request, HttpResponse.BodyHandlers.discarding());
    try {
      int status = answer.get(timeout.toMillis() * 2, TimeUnit.MILLISECONDS).statusCode();
      if (status >= 200 && status < 300) {
        return new Sent();
      }
      return new Failed(
          "the receiver answered HTTP "
              + status
              + (status >= 300 && status < 400 ? " (redirects are not followed)" : ""));
    } catch (TimeoutException e) {
      answer.cancel(true);
      return new Failed(noAnswer());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Failed("sending was interrupted");
    } catch (ExecutionException e) {
      return new Failed(reason(e.getCause()));
    }
  }

  private String reason(Throwable failure) {
    if (failure instanceof HttpTimeoutException) {
      return noAnswer();
    }
    if (failure instanceof ConnectException) {
      return "could not connect to the receiver";
    }
    if (failure instanceof IOException) {
      return "the connection to the receiver failed";
    }
    return "the request to the receiver failed";
  }

  private String noAnswer() {
    long millis = timeout.toMillis();
    return "no answer within " + (millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms");
  }
}

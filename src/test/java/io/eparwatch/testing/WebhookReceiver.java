package io.eparwatch.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A real HTTP server on loopback receiving webhook calls: it records each request (path, headers,
 * exact body bytes) and answers with the status it is told to, or holds its answer back until
 * released (a receiver that does not answer in time).
 */
public final class WebhookReceiver implements AutoCloseable {

  /** One request as received; header names in lower case. */
  public record Call(String path, Map<String, String> headers, byte[] body) {
    public String header(String name) {
      return headers.get(name.toLowerCase(java.util.Locale.ROOT));
    }
  }

  private final HttpServer server;
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final List<Call> calls = new CopyOnWriteArrayList<>();
  private volatile int status = 200;
  private volatile String location;
  private volatile CountDownLatch held;

  public WebhookReceiver() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", this::handle);
    server.setExecutor(threads);
    server.start();
  }

  public String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  public void answer(int status) {
    this.status = status;
    this.location = null;
  }

  public void redirectTo(String location) {
    this.status = 302;
    this.location = location;
  }

  /** Answers nothing until {@link #release()} (or 30 s). */
  public void hold() {
    held = new CountDownLatch(1);
  }

  public void release() {
    CountDownLatch latch = held;
    held = null;
    if (latch != null) {
      latch.countDown();
    }
  }

  public List<Call> calls() {
    return List.copyOf(calls);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] body = exchange.getRequestBody().readAllBytes();
      Map<String, String> headers = new java.util.TreeMap<>();
      exchange
          .getRequestHeaders()
          .forEach(
              (name, values) ->
                  headers.put(name.toLowerCase(java.util.Locale.ROOT), values.get(0)));
      calls.add(new Call(exchange.getRequestURI().getPath(), Map.copyOf(headers), body));
      CountDownLatch latch = held;
      if (latch != null) {
        latch.await(30, TimeUnit.SECONDS);
      }
      if (location != null) {
        exchange.getResponseHeaders().add("Location", location);
      }
      exchange.sendResponseHeaders(status, -1);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    release();
    server.stop(0);
    threads.shutdownNow();
  }
}

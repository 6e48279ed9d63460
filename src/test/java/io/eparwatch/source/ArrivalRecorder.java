package io.eparwatch.source;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in for EMA on loopback that records when each request arrived and when its answer began
 * (by the clock the throttles use), and how many were in flight at once; it can hold answers back.
 */
final class ArrivalRecorder implements AutoCloseable {

  static final String ROBOTS = "User-agent: *\nDisallow: /private\n";

  /** One request: its path, when it arrived, when its answer started (its end, at the latest). */
  record Arrival(String path, Instant arrived, Instant answered) {}

  private final Clock clock;
  private final HttpServer server;
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final List<Arrival> arrivals = new CopyOnWriteArrayList<>();
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicInteger mostInFlight = new AtomicInteger();
  private volatile CountDownLatch held = new CountDownLatch(0);

  ArrivalRecorder(Clock clock) {
    this.clock = clock;
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", this::answer);
    server.setExecutor(threads);
    server.start();
  }

  String origin() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Answers wait until {@link #release()}. */
  void hold() {
    held = new CountDownLatch(1);
  }

  void release() {
    held.countDown();
  }

  int inFlight() {
    return inFlight.get();
  }

  int mostInFlight() {
    return mostInFlight.get();
  }

  List<Arrival> arrivals() {
    return arrivals.stream().sorted(Comparator.comparing(Arrival::arrived)).toList();
  }

  long requestsFor(String path) {
    return arrivals.stream().filter(arrival -> arrival.path().equals(path)).count();
  }

  /** The shortest time from the answer to one request to the arrival of the next. */
  Duration shortestGap() {
    List<Arrival> sorted = arrivals();
    Duration shortest = null;
    for (int i = 1; i < sorted.size(); i++) {
      Duration gap = Duration.between(sorted.get(i - 1).answered(), sorted.get(i).arrived());
      shortest = shortest == null || gap.compareTo(shortest) < 0 ? gap : shortest;
    }
    return shortest;
  }

  private void answer(HttpExchange exchange) throws IOException {
    Instant arrived = clock.instant();
    mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
    try {
      held.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    String path = exchange.getRequestURI().getPath();
    boolean robots = path.equals("/robots.txt");
    byte[] body =
        (robots ? ROBOTS : "<html><body><h1>" + path + "</h1></body></html>")
            .getBytes(StandardCharsets.UTF_8);
    exchange
        .getResponseHeaders()
        .set("Content-Type", robots ? "text/plain" : "text/html; charset=UTF-8");
    // Taken before the first byte leaves: the client cannot have finished any sooner.
    arrivals.add(new Arrival(path, arrived, clock.instant()));
    inFlight.decrementAndGet();
    exchange.sendResponseHeaders(200, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  @Override
  public void close() {
    held.countDown();
    server.stop(0);
    threads.shutdownNow();
  }
}

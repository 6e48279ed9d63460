package io.eparwatch.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The EMA stand-in of the scale benchmark, in a process of its own so that its CPU is not the
 * application's: serves {@code count} synthetic EPAR pages on loopback with ETags (a matching
 * {@code If-None-Match} gets a 304). {@code POST /bench/round?name=…} starts a round: {@code cold}
 * and {@code unchanged} change nothing, {@code changed} changes 1% of the pages (every 100th; a
 * second such round changes them back), {@code rerendered} renders every page anew with the same
 * content; {@code GET /bench/stats} answers the responses since. Prints {@code port=N} once
 * listening; stops when its standard input closes (the benchmark ended or died) or after {@code
 * maxSeconds}. JDK only. Args: {@code count maxSeconds}.
 */
public final class SyntheticEparServer {

  private static final String EPAR_PATH = "/en/medicines/human/EPAR/";
  private static final int CHANGED_EVERY = 100;

  private final SyntheticEparPages pages = new SyntheticEparPages();
  private final Map<String, Integer> indexBySlug = new HashMap<>();
  private final AtomicLong ok = new AtomicLong();
  private final AtomicLong notModified = new AtomicLong();
  private final AtomicLong notFound = new AtomicLong();
  private volatile int contentGeneration;
  private volatile int renderGeneration;

  private SyntheticEparServer(int count) {
    for (int i = 0; i < count; i++) {
      indexBySlug.put(SyntheticEparPages.slug(i), i);
    }
  }

  public static void main(String[] args) throws Exception {
    int count = Integer.parseInt(args[0]);
    long maxSeconds = Long.parseLong(args[1]);
    SyntheticEparServer ema = new SyntheticEparServer(count);
    ExecutorService threads = Executors.newFixedThreadPool(4);
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 128);
    server.setExecutor(threads);
    server.createContext("/", ema::handle);
    server.start();
    System.out.println("port=" + server.getAddress().getPort());
    System.out.flush();
    ScheduledExecutorService deadline =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "deadline");
              thread.setDaemon(true);
              return thread;
            });
    deadline.schedule(
        () -> {
          System.err.println("synthetic EMA: " + maxSeconds + " s are up, stopping");
          System.exit(2);
        },
        maxSeconds,
        TimeUnit.SECONDS);
    while (System.in.read() >= 0) {
      // the benchmark holds our input open while it needs us
    }
    server.stop(0);
    threads.shutdownNow();
    System.exit(0);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      if (path.equals("/bench/round")) {
        String round = String.valueOf(exchange.getRequestURI().getQuery()).replace("name=", "");
        if (round.equals("changed")) {
          contentGeneration++;
        } else if (round.equals("rerendered")) {
          renderGeneration++;
        } else if (!round.equals("cold") && !round.equals("unchanged")) {
          send(exchange, 400, "text/plain", ("no round " + round).getBytes(StandardCharsets.UTF_8));
          return;
        }
        ok.set(0);
        notModified.set(0);
        notFound.set(0);
        send(exchange, 200, "text/plain", ("round " + round).getBytes(StandardCharsets.UTF_8));
      } else if (path.equals("/bench/stats")) {
        String stats =
            String.format(Locale.ROOT, "%d %d %d", ok.get(), notModified.get(), notFound.get());
        send(exchange, 200, "text/plain", stats.getBytes(StandardCharsets.UTF_8));
      } else if (path.equals("/robots.txt")) {
        send(
            exchange,
            200,
            "text/plain",
            "User-agent: *\nAllow: /\n".getBytes(StandardCharsets.UTF_8));
      } else if (path.startsWith(EPAR_PATH)
          && indexBySlug.containsKey(path.substring(EPAR_PATH.length()))) {
        page(exchange, indexBySlug.get(path.substring(EPAR_PATH.length())));
      } else {
        notFound.incrementAndGet();
        exchange.sendResponseHeaders(404, -1);
      }
    }
  }

  private void page(HttpExchange exchange, int index) throws IOException {
    int content = index % CHANGED_EVERY == 0 ? contentGeneration : 0;
    int render = renderGeneration;
    boolean changed = content % 2 == 1;
    boolean rerendered = render % 2 == 1;
    String etag = "\"" + index + "-c" + content + "-r" + render + "\"";
    exchange.getResponseHeaders().set("ETag", etag);
    if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
      notModified.incrementAndGet();
      exchange.sendResponseHeaders(304, -1);
      return;
    }
    ok.incrementAndGet();
    send(exchange, 200, "text/html; charset=UTF-8", pages.page(index, changed, rerendered));
  }

  private static void send(HttpExchange exchange, int status, String type, byte[] body)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }
}

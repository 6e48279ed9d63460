package io.eparwatch.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Feeds at scale: 100,000 stored events in the packaged application's H2 file database, then {@code
 * wrk} on loopback against the whole Atom feed and a filtered one; prints requests per second and
 * the 99th percentile latency against the goals (≥ 2,000 requests/s, p99 ≤ 50 ms). Run: {@code
 * ./mvnw -q package -DskipTests && ./mvnw -q test-compile exec:java@bench-feeds} (needs {@code
 * wrk}: {@code apt-get install -y wrk}). Options: {@code -Dbench.events=N}, {@code -Dbench.wrk="-t2
 * -c16 -d20s"}.
 */
public final class FeedBenchmark {

  private static final double GOAL_RPS = 2_000;
  private static final double GOAL_P99_MS = 50;
  private static final List<String> FEEDS =
      List.of("/feeds/changes.atom", "/feeds/changes.atom?atc=L01&type=DOCUMENT_UPDATED");

  /** Rendered anew each time (a new limit is a new cache entry): what a change costs each feed. */
  private static final List<String> UNCACHED =
      List.of(
          "/feeds/changes.atom?limit=",
          "/feeds/changes.atom?atc=L01&type=DOCUMENT_UPDATED&limit=",
          "/feeds/products/medicine5.atom?limit=",
          "/feeds/changes.atom?holder=amgen&source=export&limit=");

  private FeedBenchmark() {}

  private static void uncached(PackagedApp app, String feed) throws Exception {
    double[] millis = new double[21];
    for (int i = 0; i < millis.length; i++) {
      long start = System.nanoTime();
      app.get(feed + (80 + i));
      millis[i] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(millis);
    System.out.printf(
        Locale.ROOT,
        "uncached render %-52s median %6.1f ms, max %6.1f ms%n",
        feed + "80..100",
        millis[millis.length / 2],
        millis[millis.length - 1]);
  }

  public static void main(String[] args) throws Exception {
    int events = Integer.getInteger("bench.events", 100_000);
    String wrk = System.getProperty("bench.wrk", "-t2 -c16 -d20s").strip();
    Path dir = Files.createTempDirectory("eparwatch-feed-bench-");
    int nowhere = freePort();
    try (PackagedApp app = PackagedApp.start(dir, nowhere)) {
      System.out.printf("schema created by the packaged app (pid %d)%n", app.pid());
    }
    long start = System.nanoTime();
    SyntheticChangeEvents.insert("jdbc:h2:file:" + dir.resolve("db"), events);
    System.out.printf(
        Locale.ROOT, "%d events stored in %.1f s%n", events, (System.nanoTime() - start) / 1e9);
    try (PackagedApp app = PackagedApp.start(dir, nowhere)) {
      for (String feed : FEEDS) {
        long first = System.nanoTime();
        String body = app.get(feed);
        System.out.printf(
            Locale.ROOT,
            "%s: first request %.0f ms (cold JVM), %d entries, %d KB%n",
            feed,
            (System.nanoTime() - first) / 1e6,
            body.split("<entry>", -1).length - 1,
            body.getBytes(StandardCharsets.UTF_8).length / 1024);
        for (int i = 0; i < 200; i++) {
          app.get(feed);
        }
      }
      for (String feed : UNCACHED) {
        uncached(app, feed);
      }
      boolean met = true;
      for (String feed : FEEDS) {
        met &= run(app, feed, wrk);
      }
      System.out.println(met ? "goals met" : "goals NOT met");
    }
  }

  private static boolean run(PackagedApp app, String feed, String wrkOptions) throws Exception {
    String load = ProcStat.loadAverage();
    List<String> command = new java.util.ArrayList<>(List.of("wrk", "--latency"));
    command.addAll(List.of(wrkOptions.split("\\s+")));
    command.add(app.url(feed));
    Process wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (wrk.waitFor() != 0) {
      throw new IllegalStateException("wrk failed: " + out);
    }
    double rps = number(out, "Requests/sec:\\s+([0-9.]+)");
    double p50 = millis(out, "50");
    double p90 = millis(out, "90");
    double p99 = millis(out, "99");
    boolean non2xx = out.contains("Non-2xx");
    boolean met = rps >= GOAL_RPS && p99 <= GOAL_P99_MS && !non2xx;
    System.out.printf(
        Locale.ROOT,
        "%-52s %8.0f req/s (goal >= %.0f)  p50 %5.2f  p90 %5.2f  p99 %6.2f ms (goal <= %.0f)%s"
            + "  load before %s: %s%n",
        feed,
        rps,
        GOAL_RPS,
        p50,
        p90,
        p99,
        GOAL_P99_MS,
        non2xx ? "  NON-2XX ANSWERS" : "",
        load,
        met ? "met" : "NOT met");
    return met;
  }

  private static double millis(String wrkOutput, String percentile) {
    Matcher m = Pattern.compile("\\s" + percentile + "%\\s+([0-9.]+)(us|ms|s)").matcher(wrkOutput);
    if (!m.find()) {
      throw new IllegalStateException("no 99% latency in wrk's output: " + wrkOutput);
    }
    double value = Double.parseDouble(m.group(1));
    return switch (m.group(2)) {
      case "us" -> value / 1000;
      case "s" -> value * 1000;
      default -> value;
    };
  }

  private static double number(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    if (!m.find()) {
      throw new IllegalStateException("not in wrk's output (" + regex + "): " + text);
    }
    return Double.parseDouble(m.group(1));
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}

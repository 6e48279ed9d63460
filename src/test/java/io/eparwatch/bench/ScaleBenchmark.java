package io.eparwatch.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Watching N EPAR pages at once (default 2,700, {@code -Dbench.pages=N}): the packaged application
 * ({@link PackagedApp}: {@code -Xmx256m}, min-gap 0) watches N synthetic pages served on loopback
 * by {@link SyntheticEparServer} in a process of its own, and checks them all ({@code POST
 * /api/checks}) in four rounds: cold (first fetch), unchanged (all 304), 1% changed, re-rendered
 * (same content, new markup); {@code -Dbench.rounds=cold,unchanged,unchanged,…} repeats rounds on a
 * warmer JVM (see {@link SyntheticEparServer} for what each round serves). Per round it prints wall
 * time, the CPU of both processes, the application's CPU per check, its peak RSS, and the versions
 * and events the REST API reports; then the goals. Stops by itself: every wait is bounded by {@code
 * -Dbench.max-seconds} (default 1800). Run: {@code ./mvnw -q package -DskipTests && ./mvnw -q
 * test-compile exec:java@bench-scale}.
 */
public final class ScaleBenchmark {

  private static final String ROUNDS = "cold,unchanged,changed,rerendered";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private ScaleBenchmark() {}

  public static void main(String[] args) throws Exception {
    int pages = Integer.getInteger("bench.pages", 2_700);
    long maxSeconds = Long.getLong("bench.max-seconds", 1_800);
    long deadline = System.nanoTime() + Duration.ofSeconds(maxSeconds).toNanos();
    List<String> rounds = List.of(System.getProperty("bench.rounds", ROUNDS).split(","));
    if (!rounds.containsAll(List.of(ROUNDS.split(",")))) {
      throw new IllegalArgumentException("bench.rounds must include each of " + ROUNDS);
    }
    Path dir = Files.createTempDirectory("eparwatch-scale-");
    Process server = startServer(pages, maxSeconds, dir);
    try {
      String ema = "http://127.0.0.1:" + port(server);
      try (PackagedApp app = PackagedApp.start(dir, URI.create(ema).getPort())) {
        ProcStat appProc = new ProcStat(app.pid());
        ProcStat serverProc = new ProcStat(server.pid());
        System.out.printf(
            Locale.ROOT,
            "%d synthetic EPAR pages on loopback; app pid %d (%s), %d cores, load %s%n",
            pages,
            app.pid(),
            app.jvmOptions(),
            Runtime.getRuntime().availableProcessors(),
            ProcStat.loadAverage());
        long created = System.nanoTime();
        List<String> slugs = watchAll(app, ema, pages);
        System.out.printf(
            Locale.ROOT,
            "watches created: %d in %.1f s; RSS after start-up and watches %.0f MB%n",
            slugs.size(),
            (System.nanoTime() - created) / 1e9,
            appProc.peakRssMb());
        System.out.printf(
            "%-10s %7s %8s %8s %9s %11s %-20s %8s %6s %8s %5s%n",
            "round",
            "wall s",
            "app CPU",
            "srv CPU",
            "ms/check",
            "200/304",
            "outcomes",
            "versions",
            "events",
            "peak RSS",
            "load");
        List<RoundFigures> figures = new ArrayList<>();
        long versionsBefore = 0;
        for (String round : rounds) {
          get(ema + "/bench/round?name=" + round);
          RoundFigures f = round(app, appProc, serverProc, ema, round, deadline);
          long versions = countVersions(app, slugs);
          f = f.withVersions(versions - versionsBefore);
          versionsBefore = versions;
          figures.add(f);
          System.out.println(f.row());
        }
        Goals.print(figures, appProc.peakRssMb());
      }
    } finally {
      server.getOutputStream().close();
      server.waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
      server.destroyForcibly();
    }
  }

  private static RoundFigures round(
      PackagedApp app,
      ProcStat appProc,
      ProcStat serverProc,
      String ema,
      String round,
      long deadline)
      throws Exception {
    Instant since = Instant.now();
    double appCpu = appProc.cpuSeconds();
    double serverCpu = serverProc.cpuSeconds();
    long start = System.nanoTime();
    Duration left = Duration.ofNanos(Math.max(deadline - start, 1_000_000_000L));
    JsonNode report = JSON.readTree(app.post("/api/checks", null, 200, left));
    double wall = (System.nanoTime() - start) / 1e9;
    double appUsed = appProc.cpuSeconds() - appCpu;
    double serverUsed = serverProc.cpuSeconds() - serverCpu;
    String[] served = get(ema + "/bench/stats").split(" ");
    JsonNode events = JSON.readTree(app.get("/api/changes?limit=1000&since=" + since));
    return new RoundFigures(
        round,
        wall,
        appUsed,
        serverUsed,
        report.get("checked").asInt(),
        Long.parseLong(served[0]),
        Long.parseLong(served[1]),
        outcomes(report.get("outcomes")),
        0,
        events.size(),
        appProc.peakRssMb(),
        ProcStat.loadAverage());
  }

  private static String outcomes(JsonNode counts) {
    StringJoiner joined = new StringJoiner(",");
    for (Map.Entry<String, JsonNode> count : counts.properties()) {
      if (count.getValue().asInt() > 0) {
        joined.add(count.getKey().substring(0, 3) + "=" + count.getValue().asInt());
      }
    }
    return joined.toString();
  }

  private static List<String> watchAll(PackagedApp app, String ema, int pages) throws Exception {
    ExecutorService clients = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> added = new ArrayList<>();
      for (int i = 0; i < pages; i++) {
        String url = ema + "/en/medicines/human/EPAR/" + SyntheticEparPages.slug(i);
        added.add(
            clients.submit(
                () -> {
                  String body =
                      app.post(
                          "/api/watches",
                          JSON.writeValueAsString(Map.of("url", url)),
                          201,
                          Duration.ofMinutes(1));
                  return JSON.readTree(body).get("slug").asText();
                }));
      }
      List<String> slugs = new ArrayList<>();
      for (Future<String> slug : added) {
        slugs.add(slug.get());
      }
      return slugs;
    } finally {
      clients.shutdownNow();
    }
  }

  /** All versions stored so far, as the REST API lists them. */
  private static long countVersions(PackagedApp app, List<String> slugs) throws Exception {
    ExecutorService clients = Executors.newFixedThreadPool(4);
    try {
      List<Future<Integer>> counts = new ArrayList<>();
      for (String slug : slugs) {
        counts.add(
            clients.submit(
                () -> JSON.readTree(app.get("/api/watches/" + slug + "/snapshots")).size()));
      }
      long total = 0;
      for (Future<Integer> count : counts) {
        total += count.get();
      }
      return total;
    } finally {
      clients.shutdownNow();
    }
  }

  private static Process startServer(int pages, long maxSeconds, Path dir) throws Exception {
    Path classes = Path.of("target/test-classes");
    if (!Files.exists(classes.resolve("golden/imlygic-current.html"))) {
      throw new IllegalStateException("compile the tests first: ./mvnw test-compile");
    }
    return new ProcessBuilder(
            PackagedApp.java(),
            "-Xmx256m",
            "-XX:+UseSerialGC",
            "-cp",
            classes.toString(),
            SyntheticEparServer.class.getName(),
            Integer.toString(pages),
            Long.toString(maxSeconds))
        .redirectError(dir.resolve("server.log").toFile())
        .start();
  }

  private static int port(Process server) throws Exception {
    BufferedReader out =
        new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
    String line = out.readLine();
    if (line == null || !line.startsWith("port=")) {
      throw new IllegalStateException("the synthetic EMA did not start: " + line);
    }
    return Integer.parseInt(line.substring("port=".length()));
  }

  private static String get(String url) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build();
    HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(url + " answered " + response.statusCode());
    }
    return response.body();
  }
}

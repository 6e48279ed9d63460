package io.eparwatch.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

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
    try (SyntheticEma ema = SyntheticEma.start(pages, maxSeconds, dir);
        PackagedApp app = PackagedApp.start(dir, URI.create(ema.base()).getPort())) {
      ProcStat appProc = new ProcStat(app.pid());
      System.out.printf(
          Locale.ROOT,
          "%d synthetic EPAR pages on loopback; app pid %d (%s), %d cores, load %s%n",
          pages,
          app.pid(),
          app.jvmOptions(),
          Runtime.getRuntime().availableProcessors(),
          ProcStat.loadAverage());
      long created = System.nanoTime();
      WatchedPages watched = WatchedPages.watchAll(app, ema.base(), pages);
      System.out.printf(
          Locale.ROOT,
          "watches created: %d in %.1f s; RSS after start-up and watches %.0f MB%n",
          watched.size(),
          (System.nanoTime() - created) / 1e9,
          appProc.peakRssMb());
      System.out.println(RoundFigures.HEADER);
      List<RoundFigures> figures = new ArrayList<>();
      long versionsBefore = 0;
      for (String round : rounds) {
        ema.startRound(round);
        RoundFigures measured = round(app, appProc, ema, round, deadline);
        long versions = watched.versions();
        figures.add(measured.withVersions(versions - versionsBefore));
        versionsBefore = versions;
        System.out.println(figures.get(figures.size() - 1).row());
      }
      Goals.print(figures, appProc.peakRssMb());
    }
  }

  private static RoundFigures round(
      PackagedApp app, ProcStat appProc, SyntheticEma ema, String round, long deadline)
      throws Exception {
    ProcStat emaProc = new ProcStat(ema.pid());
    Instant since = Instant.now();
    double appCpu = appProc.cpuSeconds();
    double emaCpu = emaProc.cpuSeconds();
    long start = System.nanoTime();
    Duration left = Duration.ofNanos(Math.max(deadline - start, 1_000_000_000L));
    JsonNode report = JSON.readTree(app.post("/api/checks", null, 200, left));
    double wall = (System.nanoTime() - start) / 1e9;
    double appUsed = appProc.cpuSeconds() - appCpu;
    double emaUsed = emaProc.cpuSeconds() - emaCpu;
    long[] served = ema.served();
    JsonNode events = JSON.readTree(app.get("/api/changes?limit=1000&since=" + since));
    return new RoundFigures(
        round,
        wall,
        appUsed,
        emaUsed,
        report.get("checked").asInt(),
        served[0],
        served[1],
        outcomes(report.get("outcomes")),
        0,
        events.size(),
        appProc.peakRssMb(),
        ProcStat.loadAverage());
  }

  /** The outcomes that occurred, abbreviated: {@code CHA=27,NOT=2673}. */
  private static String outcomes(JsonNode counts) {
    StringJoiner joined = new StringJoiner(",");
    for (Map.Entry<String, JsonNode> count : counts.properties()) {
      if (count.getValue().asInt() > 0) {
        joined.add(count.getKey().substring(0, 3) + "=" + count.getValue().asInt());
      }
    }
    return joined.toString();
  }
}

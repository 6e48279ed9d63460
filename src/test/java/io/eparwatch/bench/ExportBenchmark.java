package io.eparwatch.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.eparwatch.export.SyntheticExports;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * Full ingestion of EMA's exports at real scale, by the packaged application in a JVM capped at
 * {@code -Xmx256m}: generates synthetic exports shaped like the real ones, serves them on loopback,
 * ingests twice (the second run finds nothing new) and prints time, records, versions and peak
 * heap. Run: {@code ./mvnw -q package -DskipTests && ./mvnw -q test-compile
 * exec:java@bench-exports}.
 */
public final class ExportBenchmark {

  private static final int MEDICINES = 2_700;
  private static final int DOCUMENTS = 45_000;
  private static final String MEDICINES_PATH =
      "/en/documents/report/medicines-output-medicines_json-report_en.json";
  private static final String DOCUMENTS_PATH =
      "/en/documents/report/documents-output-epar_documents_json-report_en.json";
  private static final ObjectMapper JSON = new ObjectMapper();

  private ExportBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path dir = Files.createTempDirectory("eparwatch-bench-");
    Path medicines = dir.resolve("medicines.json");
    Path documents = dir.resolve("documents.json");
    SyntheticExports.writeMedicines(medicines, MEDICINES, 1L);
    SyntheticExports.writeDocuments(documents, DOCUMENTS, MEDICINES, 2L);
    System.out.printf(
        Locale.ROOT,
        "synthetic exports: %d medicines (%.1f MB), %d documents (%.1f MB)%n",
        MEDICINES,
        Files.size(medicines) / 1e6,
        DOCUMENTS,
        Files.size(documents) / 1e6);
    HttpServer ema = serve(medicines, documents);
    try (PackagedApp app = PackagedApp.start(dir, ema.getAddress().getPort())) {
      ProcStat stat = new ProcStat(app.pid());
      for (int run = 1; run <= 2; run++) {
        long start = System.nanoTime();
        double cpuBefore = stat.cpuSeconds();
        JsonNode report =
            JSON.readTree(app.post("/api/exports/check", null, 200, Duration.ofMinutes(5)));
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpu = stat.cpuSeconds() - cpuBefore;
        System.out.printf(
            Locale.ROOT,
            "run %d: %.1f s (goal <= 10 s), app CPU %.1f s, load %s  medicines %s %s records, %s versions; documents %s %s records, %s versions; %s changes%n",
            run,
            seconds,
            cpu,
            ProcStat.loadAverage(),
            report.at("/medicines/outcome").asText(),
            report.at("/medicines/records").asText(),
            report.at("/medicines/versions").asText(),
            report.at("/documents/outcome").asText(),
            report.at("/documents/records").asText(),
            report.at("/documents/versions").asText(),
            report.at("/changes").asText());
      }
      double peak = peakHeap(app);
      System.out.printf(Locale.ROOT, "peak heap (upper bound) %.0f MB of -Xmx256m%n", peak / 1e6);
    } finally {
      ema.stop(0);
    }
  }

  private static HttpServer serve(Path medicines, Path documents) throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8);
    server.createContext(MEDICINES_PATH, exchange -> send(exchange, medicines));
    server.createContext(DOCUMENTS_PATH, exchange -> send(exchange, documents));
    server.createContext(
        "/",
        exchange -> {
          exchange.sendResponseHeaders(404, -1);
          exchange.close();
        });
    server.start();
    return server;
  }

  private static void send(HttpExchange exchange, Path file) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, Files.size(file));
    try (OutputStream out = exchange.getResponseBody()) {
      Files.copy(file, out);
    }
  }

  private static double peakHeap(PackagedApp app) throws Exception {
    String metrics = app.get("/q/metrics");
    return metrics
        .lines()
        .filter(line -> line.startsWith("eparwatch_jvm_heap_peak_bytes"))
        .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no eparwatch_jvm_heap_peak_bytes metric"));
  }
}

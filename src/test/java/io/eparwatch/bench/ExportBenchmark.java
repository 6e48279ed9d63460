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
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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
  private static final Path APP = Path.of("target/quarkus-app/quarkus-run.jar");
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ADMIN_PASSWORD = "bench";

  private ExportBenchmark() {}

  public static void main(String[] args) throws Exception {
    if (!Files.exists(APP)) {
      throw new IllegalStateException("build the application first: ./mvnw package -DskipTests");
    }
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
    int port = freePort();
    Process app = start(dir, ema.getAddress().getPort(), port);
    try {
      String base = "http://127.0.0.1:" + port;
      awaitUp(base);
      for (int run = 1; run <= 2; run++) {
        long start = System.nanoTime();
        JsonNode report = JSON.readTree(post(base + "/api/exports/check"));
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(
            Locale.ROOT,
            "run %d: %.1f s (goal <= 10 s)  medicines %s %s records, %s versions; documents %s %s records, %s versions; %s changes%n",
            run,
            seconds,
            report.at("/medicines/outcome").asText(),
            report.at("/medicines/records").asText(),
            report.at("/medicines/versions").asText(),
            report.at("/documents/outcome").asText(),
            report.at("/documents/records").asText(),
            report.at("/documents/versions").asText(),
            report.at("/changes").asText());
      }
      double peak = peakHeap(base);
      System.out.printf(Locale.ROOT, "peak heap (upper bound) %.0f MB of -Xmx256m%n", peak / 1e6);
    } finally {
      app.destroy();
      app.waitFor();
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

  private static Process start(Path dir, int emaPort, int port) throws IOException {
    List<String> command =
        List.of(
            "java",
            "-Xmx256m",
            "-XX:+UseSerialGC",
            "-Deparwatch.ema.base-url=http://127.0.0.1:" + emaPort,
            "-Dquarkus.http.port=" + port,
            "-Dquarkus.datasource.jdbc.url=jdbc:h2:file:"
                + dir.resolve("db")
                + ";DB_CLOSE_ON_EXIT=FALSE",
            "-Deparwatch.exports.cron=off",
            "-Deparwatch.schedule.tick=off",
            "-Deparwatch.fetch.min-gap=0s",
            "-Deparwatch.admin.password=" + ADMIN_PASSWORD,
            "-jar",
            APP.toString());
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(dir.resolve("app.log").toFile())
        .start();
  }

  private static void awaitUp(String base) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      try {
        if (HTTP.send(
                    HttpRequest.newBuilder(URI.create(base + "/q/health/live")).build(),
                    HttpResponse.BodyHandlers.discarding())
                .statusCode()
            == 200) {
          return;
        }
      } catch (IOException notYet) {
        // the application is still starting
      }
      Thread.sleep(200);
    }
    throw new IllegalStateException("the application did not start within 60 s");
  }

  private static String post(String url) throws Exception {
    String login =
        java.util.Base64.getEncoder()
            .encodeToString(
                ("admin:" + ADMIN_PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url))
            .header("Authorization", "Basic " + login)
            .POST(HttpRequest.BodyPublishers.noBody())
            .timeout(Duration.ofMinutes(5))
            .build();
    HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          url + " answered " + response.statusCode() + ": " + response.body());
    }
    return response.body();
  }

  private static double peakHeap(String base) throws Exception {
    String metrics =
        HTTP.send(
                HttpRequest.newBuilder(URI.create(base + "/q/metrics")).build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    return metrics
        .lines()
        .filter(line -> line.startsWith("eparwatch_jvm_heap_peak_bytes"))
        .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no eparwatch_jvm_heap_peak_bytes metric"));
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}

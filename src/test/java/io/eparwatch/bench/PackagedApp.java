package io.eparwatch.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * The packaged application ({@code target/quarkus-app}) in a JVM of its own with the deployed
 * options ({@link #DEPLOYED_OPTIONS}, as in {@code deploy/}), with an H2 file database in {@code
 * dir}, EMA at {@code emaPort} on loopback, no politeness gap and no scheduled work: benchmarks
 * drive it through its REST API. Extra JVM options come from the system property {@code
 * bench.app.opts} (space-separated, e.g. {@code -Deparwatch.schedule.concurrency=4}).
 */
final class PackagedApp implements AutoCloseable {

  private static final Path APP = Path.of("target/quarkus-app/quarkus-run.jar");

  /**
   * The JVM options of {@code deploy/} (systemd unit, Dockerfile), which also set {@code
   * MALLOC_ARENA_MAX=2}: see the README's Deployment section for why each.
   */
  static final List<String> DEPLOYED_OPTIONS =
      List.of(
          "-Xmx256m",
          "-Xms64m",
          "-XX:+UseSerialGC",
          "-XX:TieredStopAtLevel=1",
          "-Xss512k",
          "-XX:ReservedCodeCacheSize=64m",
          "-XX:MaxMetaspaceSize=160m");

  private static final String ADMIN_PASSWORD = "bench";
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private final Process process;
  private final String base;
  private final List<String> command;

  private PackagedApp(Process process, String base, List<String> command) {
    this.process = process;
    this.base = base;
    this.command = command;
  }

  static PackagedApp start(Path dir, int emaPort) throws Exception {
    if (!Files.exists(APP)) {
      throw new IllegalStateException("build the application first: ./mvnw package -DskipTests");
    }
    int port = freePort();
    List<String> command = new ArrayList<>(List.of(java()));
    command.addAll(DEPLOYED_OPTIONS);
    String extra = System.getProperty("bench.app.opts", "").strip();
    if (!extra.isEmpty()) {
      command.addAll(List.of(extra.split("\\s+")));
    }
    command.addAll(
        List.of(
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
            APP.toString()));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("MALLOC_ARENA_MAX", "2");
    Process process =
        builder.redirectErrorStream(true).redirectOutput(dir.resolve("app.log").toFile()).start();
    PackagedApp app = new PackagedApp(process, "http://127.0.0.1:" + port, command);
    try {
      app.awaitUp();
    } catch (Exception e) {
      app.close();
      throw e;
    }
    return app;
  }

  long pid() {
    return process.pid();
  }

  /** The JVM options it runs with, for the record. */
  String jvmOptions() {
    return String.join(" ", command.subList(1, command.indexOf("-jar")));
  }

  /** An admin POST; fails unless the answer is {@code expected}. */
  String post(String path, String json, int expected, Duration timeout) throws Exception {
    String login =
        Base64.getEncoder()
            .encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Authorization", "Basic " + login)
            .header("Content-Type", "application/json")
            .POST(
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json))
            .timeout(timeout)
            .build();
    return expect(HTTP.send(request, HttpResponse.BodyHandlers.ofString()), expected, path);
  }

  /** The absolute URL of {@code path} on the application. */
  String url(String path) {
    return base + path;
  }

  String get(String path) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(1)).build();
    return expect(HTTP.send(request, HttpResponse.BodyHandlers.ofString()), 200, path);
  }

  private static String expect(HttpResponse<String> response, int expected, String path) {
    if (response.statusCode() != expected) {
      throw new IllegalStateException(
          path + " answered " + response.statusCode() + ": " + response.body());
    }
    return response.body();
  }

  private void awaitUp() {
    try {
      Awaitility.await()
          .atMost(Duration.ofSeconds(120))
          .pollInterval(Duration.ofMillis(200))
          .until(() -> !process.isAlive() || isLive());
    } catch (ConditionTimeoutException slow) {
      throw new IllegalStateException("the application did not start within 120 s (see app.log)");
    }
    if (!process.isAlive()) {
      throw new IllegalStateException("the application stopped while starting (see app.log)");
    }
  }

  private boolean isLive() throws Exception {
    try {
      get("/q/health/live");
      return true;
    } catch (IOException | IllegalStateException notYet) {
      return false; // the application is still starting
    }
  }

  /** The {@code java} running this benchmark, so that both sides run on the same JDK. */
  static String java() {
    return ProcessHandle.current().info().command().orElse("java");
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    process.waitFor();
  }
}

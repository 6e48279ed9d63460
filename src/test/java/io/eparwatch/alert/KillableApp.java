package io.eparwatch.alert;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.awaitility.Awaitility;

/**
 * The packaged application ({@code target/quarkus-app}, built by {@code verify} before the
 * integration tests) as a process of its own, so that a test can kill it (SIGKILL, no shutdown
 * hook) and start it again on the same H2 file database.
 */
final class KillableApp {

  static final String ADMIN_PASSWORD = "restart-test";
  private static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Process process;
  private final Path log;
  private final String base;

  private KillableApp(Process process, Path log, String base) {
    this.process = process;
    this.log = log;
    this.base = base;
  }

  /**
   * Starts it with {@code -D} options added to the deployed ones (an option given again wins), and
   * waits until it is live.
   */
  static KillableApp start(Path dir, int httpPort, List<String> options) throws IOException {
    if (!Files.exists(JAR)) {
      throw new IllegalStateException(JAR + " is missing: run ./mvnw verify (it packages first)");
    }
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"));
    command.add("-Dquarkus.http.port=" + httpPort);
    command.add("-Dquarkus.datasource.jdbc.url=jdbc:h2:file:" + dir.resolve("db"));
    command.add("-Deparwatch.admin.password=" + ADMIN_PASSWORD);
    command.addAll(options);
    command.addAll(List.of("-jar", JAR.toAbsolutePath().toString()));
    Path log = dir.resolve("app-" + System.nanoTime() + ".log");
    Process process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    KillableApp app = new KillableApp(process, log, "http://127.0.0.1:" + httpPort);
    Awaitility.await("the application is live (log: " + log + ")")
        .atMost(Duration.ofSeconds(120))
        .pollInterval(Duration.ofMillis(250))
        .ignoreExceptions()
        .until(() -> app.isLive());
    return app;
  }

  private boolean isLive() throws Exception {
    if (!process.isAlive()) {
      throw new AssertionError("the application stopped while starting:\n" + Files.readString(log));
    }
    return HTTP.send(request("/q/health/live").build(), BodyHandlers.discarding()).statusCode()
        == 200;
  }

  /** A JSON POST without login; returns the status. */
  int post(String path, String json) throws Exception {
    HttpRequest.Builder post =
        request(path)
            .header("Content-Type", "application/json")
            .POST(BodyPublishers.ofString(json));
    return HTTP.send(post.build(), BodyHandlers.discarding()).statusCode();
  }

  /** A GET as the admin; the JSON it answered. */
  JsonNode adminGet(String path) throws Exception {
    String login =
        Base64.getEncoder()
            .encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
    var answer =
        HTTP.send(
            request(path).header("Authorization", "Basic " + login).build(),
            BodyHandlers.ofString());
    if (answer.statusCode() != 200) {
      throw new AssertionError(path + " answered " + answer.statusCode() + ": " + answer.body());
    }
    return JSON.readTree(answer.body());
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
  }

  /** How many lines of its log contain {@code text} so far. */
  long logLines(String text) throws IOException {
    return new String(Files.readAllBytes(log), StandardCharsets.UTF_8)
        .lines()
        .filter(line -> line.contains(text))
        .count();
  }

  /** SIGKILL: no shutdown hook, no transaction finished, claims left as they are. */
  void kill() throws InterruptedException {
    process.destroyForcibly().waitFor();
  }
}

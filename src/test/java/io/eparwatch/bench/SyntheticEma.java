package io.eparwatch.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** {@link SyntheticEparServer} in a process of its own, as the benchmark drives it. */
final class SyntheticEma implements AutoCloseable {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private final Process process;
  private final String base;

  private SyntheticEma(Process process, String base) {
    this.process = process;
    this.base = base;
  }

  /** Serves {@code pages} pages for at most {@code maxSeconds}; its log goes to {@code dir}. */
  static SyntheticEma start(int pages, long maxSeconds, Path dir) throws IOException {
    Path classes = Path.of("target/test-classes");
    if (!Files.exists(classes.resolve("golden/imlygic-current.html"))) {
      throw new IllegalStateException("compile the tests first: ./mvnw test-compile");
    }
    Process process =
        new ProcessBuilder(
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
    BufferedReader out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    String line = out.readLine();
    if (line == null || !line.startsWith("port=")) {
      process.destroyForcibly();
      throw new IllegalStateException("the synthetic EMA did not start: " + line);
    }
    return new SyntheticEma(process, "http://127.0.0.1:" + line.substring("port=".length()));
  }

  /** Its origin, e.g. {@code http://127.0.0.1:40123}. */
  String base() {
    return base;
  }

  long pid() {
    return process.pid();
  }

  void startRound(String name) throws Exception {
    get("/bench/round?name=" + name);
  }

  /** Responses since the round started: {@code [200s, 304s, 404s]}. */
  long[] served() throws Exception {
    String[] counts = get("/bench/stats").split(" ");
    return new long[] {
      Long.parseLong(counts[0]), Long.parseLong(counts[1]), Long.parseLong(counts[2])
    };
  }

  private String get(String path) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).build();
    HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(path + " answered " + response.statusCode());
    }
    return response.body();
  }

  /** Closing its input stops it; it is killed if it does not within ten seconds. */
  @Override
  public void close() throws Exception {
    process.getOutputStream().close();
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }
}

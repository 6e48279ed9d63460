package io.eparwatch.demo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.eparwatch.config.EparWatchConfig;
import io.eparwatch.watch.WatchService;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * The {@code demo} profile's stand-in for EMA: a loopback HTTP server that serves the pages of
 * {@link DemoScenario} (built from seed text, not recorded from EMA), one version further every
 * {@code eparwatch.demo.step} in an endless cycle, and the demo exports (EMA's sample exports), and
 * watches some of the pages, so a newcomer sees change events without internet and can add a watch
 * of their own.
 */
@ApplicationScoped
public class DemoEma {

  private static final Logger LOG = Logger.getLogger(DemoEma.class);
  private static final Pattern EXPORT_TIMESTAMP = Pattern.compile("\"timestamp\":\\s*\"[^\"]*\"");

  private final EparWatchConfig config;
  private final WatchService watches;
  private final Clock clock;
  private HttpServer server;
  private Instant started;
  private DemoScenario scenario;
  private Map<String, String> exports;

  public DemoEma(EparWatchConfig config, WatchService watches, Clock clock) {
    this.config = config;
    this.watches = watches;
    this.clock = clock;
  }

  void start(@Observes @Priority(1) StartupEvent event) {
    if (!config.demo().enabled()) {
      return;
    }
    scenario = DemoScenario.load();
    exports =
        Map.of(
            config.exports().medicinesPath(), DemoScenario.readText("demo/exports/medicines.json"),
            config.exports().documentsPath(), DemoScenario.readText("demo/exports/documents.json"));
    started = clock.instant();
    try {
      server =
          HttpServer.create(
              new InetSocketAddress(InetAddress.getLoopbackAddress(), config.demo().port()), 16);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "demo EMA stand-in cannot listen on " + config.demo().port(), e);
    }
    server.createContext("/", this::serve);
    server.start();
    String base = config.ema().baseUrl().toString();
    scenario.watchedPaths().forEach(path -> watches.add(base + path));
    LOG.infof(
        "demo: EMA stand-in on %s serves %s (watching %s), a new version every %s",
        base, scenario.paths(), scenario.watchedPaths(), config.demo().step());
  }

  void stop(@Observes ShutdownEvent event) {
    if (server != null) {
      server.stop(0);
    }
  }

  private void serve(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    if (path.equals("/robots.txt")) {
      respond(exchange, 200, "text/plain", "User-agent: *\nAllow: /\n");
      return;
    }
    String export = exports.get(path);
    if (export != null) {
      // EMA's sample exports are served as just published, so that they are never stale.
      String now = "\"timestamp\": \"" + clock.instant() + "\"";
      respond(
          exchange, 200, "application/json", EXPORT_TIMESTAMP.matcher(export).replaceFirst(now));
      return;
    }
    String page = scenario.page(path, currentVersion());
    if (page == null) {
      respond(exchange, 404, "text/html; charset=UTF-8", "<html><body>Not found</body></html>");
    } else {
      respond(exchange, 200, "text/html; charset=UTF-8", page);
    }
  }

  private int currentVersion() {
    Duration elapsed = Duration.between(started, clock.instant());
    return (int) (elapsed.toMillis() / Math.max(1, config.demo().step().toMillis()));
  }

  private static void respond(HttpExchange exchange, int status, String type, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}

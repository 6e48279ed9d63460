import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The loopback EMA stand-in of deploy/cluster-test. JDK only, run as a single-file program: {@code
 * java ClusterEma.java <pages> <golden.html> <log> <port-file>}.
 *
 * <p>Serves {@code pages} EPAR pages made from the golden page with each product's own name, slug
 * and number (page {@code i} is {@code /en/medicines/human/EPAR/<slug i>}, the slug built from
 * syllables as deploy/cluster-test does), with ETags (a matching {@code If-None-Match} gets 304),
 * and robots.txt. {@code POST /stub/change/<slug>} changes one page's indication for good; {@code
 * POST /hook} receives webhook calls. {@code GET /stub/seen?since=<epoch ms>} answers how many
 * pages were fetched since then, {@code GET /stub/busiest?since=<epoch ms>} the instance that
 * fetched most pages since then ({@code none} if none did).
 *
 * <p>Every request is logged when answered, one line each: arrival and end (epoch microseconds),
 * instance (from the User-Agent, {@code instance-N}), kind ({@code page}, {@code robots}, {@code
 * unknown}, {@code control}, {@code hook:<delivery id>}), path, status. ClusterReport.java judges
 * the log.
 */
public final class ClusterEma {

  private static final String EPAR_PATH = "/en/medicines/human/EPAR/";
  private static final String[] SYLLABLES = {
    "ba", "ce", "di", "fo", "gu", "ka", "le", "mi", "no", "pu", "ra", "se", "ti", "vo", "xa", "ze"
  };
  private static final String INDICATION = "with no bone, brain, lung or other visceral disease.";
  private static final Pattern INSTANCE = Pattern.compile("instance-[0-9]+");
  private static final long START_MILLIS = System.currentTimeMillis();
  private static final long START_NANOS = System.nanoTime();

  /** One request, as far as the control endpoints need it. */
  private record Hit(long arrival, String instance, String kind, String path) {}

  private final Map<String, Integer> indexBySlug = new HashMap<>();
  private final Set<String> changed = ConcurrentHashMap.newKeySet();
  private final String template;
  private final PrintWriter log;
  private final List<Hit> hits = new ArrayList<>();

  public static void main(String[] args) throws IOException {
    if (args.length != 4) {
      System.err.println("usage: java ClusterEma.java <pages> <golden.html> <log> <port-file>");
      System.exit(2);
    }
    new ClusterEma(Integer.parseInt(args[0]), Files.readString(Path.of(args[1])), Path.of(args[2]))
        .start(Path.of(args[3]));
  }

  private static String slug(int index) {
    return SYLLABLES[index % 16] + SYLLABLES[index / 16 % 16] + SYLLABLES[index / 256 % 16] + "mab";
  }

  /** Epoch microseconds, monotonic from the start (the shell's marks are epoch milliseconds). */
  private static long nowMicros() {
    return START_MILLIS * 1000 + (System.nanoTime() - START_NANOS) / 1000;
  }

  private ClusterEma(int pages, String golden, Path logFile) throws IOException {
    for (int i = 0; i < pages; i++) {
      indexBySlug.put(slug(i), i);
    }
    template = golden;
    log = new PrintWriter(Files.newBufferedWriter(logFile), true);
  }

  void start(Path portFile) throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 128);
    server.setExecutor(Executors.newFixedThreadPool(8));
    server.createContext("/", this::handle);
    server.start();
    Files.writeString(portFile, String.valueOf(server.getAddress().getPort()));
  }

  private void handle(HttpExchange exchange) throws IOException {
    long arrival = nowMicros();
    String path = exchange.getRequestURI().getPath();
    String agent = String.valueOf(exchange.getRequestHeaders().getFirst("User-Agent"));
    Matcher instance = INSTANCE.matcher(agent);
    String who = instance.find() ? instance.group() : "other";
    String kind;
    int status;
    try (exchange) {
      if (path.startsWith("/stub/")) {
        kind = "control";
        status = control(exchange, path);
      } else if (path.equals("/hook")) {
        kind = "hook:" + exchange.getRequestHeaders().getFirst("X-EparWatch-Delivery");
        exchange.getRequestBody().readAllBytes();
        status = send(exchange, 200, "text/plain", "ok");
      } else if (path.equals("/robots.txt")) {
        kind = "robots";
        status = send(exchange, 200, "text/plain", "User-agent: *\nAllow: /\n");
      } else if (path.startsWith(EPAR_PATH)
          && indexBySlug.containsKey(path.substring(EPAR_PATH.length()))) {
        kind = "page";
        status = page(exchange, path.substring(EPAR_PATH.length()));
      } else {
        kind = "unknown";
        status = send(exchange, 404, "text/plain", "not found");
      }
    }
    synchronized (hits) {
      hits.add(new Hit(arrival, who, kind, path));
      log.printf(Locale.ROOT, "%d %d %s %s %s %d%n", arrival, nowMicros(), who, kind, path, status);
    }
  }

  private int control(HttpExchange exchange, String path) throws IOException {
    if (path.startsWith("/stub/change/")) {
      changed.add(path.substring("/stub/change/".length()));
      return send(exchange, 200, "text/plain", "changed");
    }
    String query = String.valueOf(exchange.getRequestURI().getQuery());
    long since = query.startsWith("since=") ? Long.parseLong(query.substring(6)) * 1000 : 0;
    Map<String, Integer> byInstance = new TreeMap<>();
    Set<String> pages = new HashSet<>();
    synchronized (hits) {
      for (Hit hit : hits) {
        if (hit.kind().equals("page") && hit.arrival() > since) {
          pages.add(hit.path());
          byInstance.merge(hit.instance(), 1, Integer::sum);
        }
      }
    }
    if (path.equals("/stub/seen")) {
      return send(exchange, 200, "text/plain", String.valueOf(pages.size()));
    }
    String busiest =
        byInstance.entrySet().stream()
            .max(Map.Entry.comparingByValue())
            .map(Map.Entry::getKey)
            .orElse("none");
    return send(exchange, 200, "text/plain", busiest);
  }

  private int page(HttpExchange exchange, String slug) throws IOException {
    boolean isChanged = changed.contains(slug);
    String etag = "\"" + slug + (isChanged ? "-2" : "-1") + "\"";
    exchange.getResponseHeaders().set("ETag", etag);
    if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
      exchange.sendResponseHeaders(304, -1);
      return 304;
    }
    int index = indexBySlug.get(slug);
    String name = Character.toUpperCase(slug.charAt(0)) + slug.substring(1);
    String html =
        template
            .replace(
                "EMEA/H/C/002771", String.format(Locale.ROOT, "EMEA/H/C/%06d", 200_000 + index))
            .replace("talimogene laherparepvec", slug + "ogene laherparepvec")
            .replace("Imlygic", name)
            .replace("IMLYGIC", slug.toUpperCase(Locale.ROOT))
            .replace("imlygic", slug);
    if (isChanged) {
      html = html.replace(INDICATION, "with no bone or brain disease, from 12 years of age.");
    }
    return send(exchange, 200, "text/html; charset=UTF-8", html);
  }

  private static int send(HttpExchange exchange, int status, String type, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes); // closed with the exchange, in handle
    return status;
  }
}

package io.eparwatch.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** The synthetic pages as the application's REST API sees them: watched, with their versions. */
final class WatchedPages {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int CLIENTS = 4;

  private final PackagedApp app;
  private final List<String> slugs;

  private WatchedPages(PackagedApp app, List<String> slugs) {
    this.app = app;
    this.slugs = slugs;
  }

  /** Watches the first {@code pages} synthetic pages through {@code POST /api/watches}. */
  static WatchedPages watchAll(PackagedApp app, String ema, int pages) throws Exception {
    List<Callable<String>> adds = new ArrayList<>();
    for (int i = 0; i < pages; i++) {
      String url = ema + "/en/medicines/human/EPAR/" + SyntheticEparPages.slug(i);
      String body = JSON.writeValueAsString(Map.of("url", url));
      adds.add(
          () ->
              JSON.readTree(app.post("/api/watches", body, 201, Duration.ofMinutes(1)))
                  .get("slug")
                  .asText());
    }
    return new WatchedPages(app, all(adds));
  }

  int size() {
    return slugs.size();
  }

  /** All versions stored so far, as {@code GET /api/watches/{slug}/snapshots} lists them. */
  long versions() throws Exception {
    List<Callable<Integer>> counts = new ArrayList<>();
    for (String slug : slugs) {
      counts.add(() -> JSON.readTree(app.get("/api/watches/" + slug + "/snapshots")).size());
    }
    return all(counts).stream().mapToLong(Integer::longValue).sum();
  }

  private static <T> List<T> all(List<Callable<T>> calls) throws Exception {
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    try {
      List<T> results = new ArrayList<>();
      for (Future<T> result : clients.invokeAll(calls)) {
        results.add(result.get());
      }
      return results;
    } finally {
      clients.shutdownNow();
    }
  }
}

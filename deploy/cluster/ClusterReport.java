import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Judges the request log of deploy/cluster/ClusterEma.java for deploy/cluster-test: assertions a,
 * b, d, e and the webhook half of f, each printed as {@code PASS|FAIL name: figures}; exits 1 when
 * one fails. JDK only, run as a single-file program: {@code java ClusterReport.java <log> <gap ms>
 * <interval ms> <bound ms> <pages> <checks-from> <checks-to> <freeze-at> <kill-at> <killed>} (times
 * in epoch milliseconds).
 */
public final class ClusterReport {

  private static final String EPAR_PATH = "/en/medicines/human/EPAR/";

  /** One logged request (times in epoch microseconds). */
  private record Hit(long arrival, long end, String instance, String kind, String path) {
    static Hit parse(String line) {
      String[] field = line.split(" ");
      return new Hit(
          Long.parseLong(field[0]), Long.parseLong(field[1]), field[2], field[3], field[4]);
    }

    boolean toEma() {
      return kind.equals("page") || kind.equals("robots") || kind.equals("unknown");
    }
  }

  private final List<Hit> hits = new ArrayList<>();
  private final long gap;
  private final long interval;
  private final long bound;
  private final int pages;
  private final long checksFrom;
  private final long checksTo;
  private final long freezeAt;
  private final long killAt;
  private final String killed;
  private boolean allPassed = true;

  private ClusterReport(String[] args) throws IOException {
    for (String line : Files.readAllLines(Path.of(args[0]))) {
      if (!line.isBlank()) {
        hits.add(Hit.parse(line));
      }
    }
    hits.sort((x, y) -> Long.compare(x.arrival(), y.arrival()));
    gap = Long.parseLong(args[1]) * 1000;
    interval = Long.parseLong(args[2]) * 1000;
    bound = Long.parseLong(args[3]) * 1000;
    pages = Integer.parseInt(args[4]);
    checksFrom = Long.parseLong(args[5]) * 1000;
    checksTo = Long.parseLong(args[6]) * 1000;
    freezeAt = Long.parseLong(args[7]) * 1000;
    killAt = Long.parseLong(args[8]) * 1000;
    killed = args[9];
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 10) {
      System.err.println(
          "usage: java ClusterReport.java <log> <gap ms> <interval ms> <bound ms> <pages>"
              + " <checks-from> <checks-to> <freeze-at> <kill-at> <killed>");
      System.exit(2);
    }
    System.exit(new ClusterReport(args).run() ? 0 : 1);
  }

  private boolean run() {
    bothCheck();
    gaps();
    noDoubleCheckAfterFreeze();
    takeOver();
    noDoubleDelivery();
    return allPassed;
  }

  private void verdict(boolean passed, String name, String figures) {
    allPassed &= passed;
    System.out.println((passed ? "PASS " : "FAIL ") + name + ": " + figures);
  }

  private List<Hit> pageHits(long from, long to) {
    return hits.stream()
        .filter(hit -> hit.kind().equals("page"))
        .filter(hit -> hit.arrival() >= from && hit.arrival() < to)
        .toList();
  }

  private void bothCheck() {
    Map<String, Integer> byInstance = new TreeMap<>(Map.of("instance-1", 0, "instance-2", 0));
    pageHits(checksFrom, checksTo)
        .forEach(hit -> byInstance.merge(hit.instance(), 1, Integer::sum));
    verdict(
        byInstance.get("instance-1") > 0 && byInstance.get("instance-2") > 0,
        "a. both instances do checks",
        "page fetches per instance in "
            + seconds(checksTo - checksFrom)
            + " s of scheduled work: "
            + byInstance);
  }

  /** End of the previous request to the start of the next, as EMA sees it, across instances. */
  private void gaps() {
    List<Hit> ema = hits.stream().filter(Hit::toEma).toList();
    long lastEnd = Long.MIN_VALUE;
    long smallest = Long.MAX_VALUE;
    int tooClose = 0;
    int overlapping = 0;
    String example = "";
    Hit previous = null;
    long tolerance = 5_000;
    for (Hit hit : ema) {
      if (previous != null) {
        long between = hit.arrival() - lastEnd;
        smallest = Math.min(smallest, between);
        if (between < 0) {
          overlapping++;
        }
        if (between < gap - tolerance) {
          tooClose++;
          if (example.isEmpty()) {
            example =
                String.format(
                    Locale.ROOT,
                    "; first: %s %s then %s %s, %.1f ms apart",
                    previous.instance(),
                    previous.path(),
                    hit.instance(),
                    hit.path(),
                    between / 1000.0);
          }
        }
      }
      lastEnd = Math.max(lastEnd, hit.end());
      previous = hit;
    }
    verdict(
        tooClose == 0,
        "b. no two EMA requests closer than the gap",
        String.format(
            Locale.ROOT,
            "%d requests, min gap %d ms (tolerance 5 ms), smallest end-to-start %.1f ms, %d"
                + " closer, %d overlapping%s",
            ema.size(),
            gap / 1000,
            smallest / 1000.0,
            tooClose,
            overlapping,
            example));
  }

  private void noDoubleCheckAfterFreeze() {
    Map<String, List<Hit>> byPage = new TreeMap<>();
    pageHits(freezeAt, killAt)
        .forEach(hit -> byPage.computeIfAbsent(hit.path(), p -> new ArrayList<>()).add(hit));
    int doubles = 0;
    List<String> examples = new ArrayList<>();
    for (Map.Entry<String, List<Hit>> page : byPage.entrySet()) {
      List<Hit> fetches = page.getValue();
      for (int i = 1; i < fetches.size(); i++) {
        long apart = fetches.get(i).arrival() - fetches.get(i - 1).arrival();
        if (apart < interval * 9 / 10) {
          doubles++;
          if (examples.size() < 5) {
            examples.add(
                String.format(
                    Locale.ROOT,
                    "%s by %s and %s %.1f s apart",
                    page.getKey().substring(EPAR_PATH.length()),
                    fetches.get(i - 1).instance(),
                    fetches.get(i).instance(),
                    apart / 1e6));
          }
        }
      }
    }
    verdict(
        doubles == 0,
        "d. a frozen instance causes no double check",
        String.format(
            Locale.ROOT,
            "%d page fetches in the %.0f s from the freeze to the kill, %d of one page closer"
                + " than 0.9 x the interval (%.0f s)%s",
            byPage.values().stream().mapToInt(List::size).sum(),
            (killAt - freezeAt) / 1e6,
            doubles,
            interval * 0.9 / 1e6,
            examples.isEmpty() ? "" : ": " + examples));
  }

  private void takeOver() {
    Map<String, Long> firstAfterKill = new TreeMap<>();
    for (Hit hit : pageHits(killAt, Long.MAX_VALUE)) {
      firstAfterKill.putIfAbsent(hit.path(), hit.arrival() - killAt);
    }
    long within = firstAfterKill.values().stream().filter(delay -> delay <= bound).count();
    long slowest = firstAfterKill.values().stream().mapToLong(Long::longValue).max().orElse(-1);
    verdict(
        within == pages,
        "e. a killed instance's work is taken over",
        String.format(
            Locale.ROOT,
            "%s killed; %d of %d watches fetched again within %.0f s (lease + interval + 2 ticks"
                + " + 10 s), the last after %.1f s",
            killed,
            within,
            pages,
            bound / 1e6,
            slowest / 1e6));
  }

  private void noDoubleDelivery() {
    Map<String, Integer> calls = new TreeMap<>();
    hits.stream()
        .filter(hit -> hit.kind().startsWith("hook:"))
        .forEach(hit -> calls.merge(hit.kind(), 1, Integer::sum));
    long twice = calls.values().stream().filter(count -> count > 1).count();
    verdict(
        twice == 0 && !calls.isEmpty(),
        "f. no webhook delivery sent twice",
        calls.values().stream().mapToInt(Integer::intValue).sum()
            + " webhook calls received for "
            + calls.size()
            + " deliveries, "
            + twice
            + " received more than once");
  }

  private static String seconds(long micros) {
    return String.format(Locale.ROOT, "%.0f", micros / 1e6);
  }
}

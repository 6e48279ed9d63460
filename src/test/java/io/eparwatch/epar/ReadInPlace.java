package io.eparwatch.epar;

import io.eparwatch.testing.Fixtures;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jsoup.nodes.Node;

/**
 * What each part of the reading adds to a parse in place, as the page benchmark meets it: a bare
 * parse, then a parse followed by more and more of the reading, in alternating rounds of wall time
 * (medians), the benchmark's method. Timing a stage alone misses what it costs the parse next to it
 * (caches shared with jsoup) and what sampling profilers do not see (first touches, allocation).
 *
 * <p>Run: {@code ./mvnw -q test-compile exec:java -Dexec.mainClass=io.eparwatch.epar.ReadInPlace
 * -Dexec.classpathScope=test [-Dexec.args=PAGE]} (a golden page's name, default imlygic-current).
 */
public final class ReadInPlace {

  private static final String URL = "https://www.ema.europa.eu/en/medicines/human/EPAR/";
  private static final int WARMUP_ROUNDS = 6;
  private static final int ROUNDS = 21;
  private static final long ROUND_NANOS = 200_000_000L;

  private static volatile Object sink;

  private ReadInPlace() {}

  public static void main(String[] args) {
    String name = args.length > 0 ? args[0] : "imlygic-current";
    byte[] body = Fixtures.read("golden/" + name + ".html").getBytes(StandardCharsets.UTF_8);
    String url = URL + name;
    EparPageParser parser = new EparPageParser();
    String[] names = {
      "bare parse", "+ walk", "+ scan", "+ key facts", "+ entry marks", "+ document list", "+ rest"
    };
    Runnable[] works = {
      () -> sink = ReadStages.parse(body, url),
      () -> sink = walk(ReadStages.parse(body, url)),
      () -> sink = scan(body, url),
      () -> sink = facts(scan(body, url)),
      () -> {
        PageScan scan = scan(body, url);
        sink = facts(scan);
        sink = new EntryMarks(scan.documentLinks, scan.headings, scan.englishLabels);
      },
      () -> {
        PageScan scan = scan(body, url);
        sink = facts(scan);
        sink = new DocumentListReader(scan.documentLinks, scan.headings, scan.englishLabels).read();
      },
      () -> sink = parser.parse(body, StandardCharsets.UTF_8, url),
    };
    double[] ms = compare(works);
    System.out.println(name + " (ms per page, wall time; added: over the line before)");
    for (int i = 0; i < works.length; i++) {
      System.out.printf(
          "  %-16s %.4f  added %+.4f  vs bare %.3fx%n",
          names[i], ms[i], i == 0 ? 0 : ms[i] - ms[i - 1], ms[i] / ms[0]);
    }
    System.out.printf(
        "load average %.2f%n", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }

  private static PageScan scan(byte[] body, String url) {
    PageScan scan = new PageScan(url);
    scan.scan(ReadStages.parse(body, url));
    return scan;
  }

  private static Object facts(PageScan scan) {
    KeyFacts facts = new KeyFacts(scan.labelCells, scan.headings, scan.headingTitles);
    return facts.productNumber(KeyFacts.is("ema product number"));
  }

  private static int walk(Node node) {
    int nodes = 1;
    for (int i = 0, size = node.childNodeSize(); i < size; i++) {
      nodes += walk(node.childNode(i));
    }
    return nodes;
  }

  /** Median wall ms per run of each, over rounds that take turns. */
  private static double[] compare(Runnable[] works) {
    double[][] ms = new double[works.length][ROUNDS];
    for (int round = -WARMUP_ROUNDS; round < ROUNDS; round++) {
      for (int w = 0; w < works.length; w++) {
        long start = System.nanoTime();
        long runs = 0;
        while (System.nanoTime() - start < ROUND_NANOS) {
          works[w].run();
          runs++;
        }
        if (round >= 0) {
          ms[w][round] = (System.nanoTime() - start) / 1e6 / runs;
        }
      }
    }
    return Arrays.stream(ms).mapToDouble(ReadStages::median).toArray();
  }
}

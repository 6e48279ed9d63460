package io.eparwatch.bench;

import io.eparwatch.change.DocumentLossGuard;
import io.eparwatch.change.EparDiffer;
import io.eparwatch.change.FieldLossGuard;
import io.eparwatch.epar.EparJson;
import io.eparwatch.epar.EparPage;
import io.eparwatch.epar.EparPageParser;
import io.eparwatch.epar.ParseResult;
import io.eparwatch.testing.Fixtures;
import io.eparwatch.watch.PageAssessment;
import io.eparwatch.watch.PageGuards;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.jsoup.Jsoup;

/**
 * Per-page cost of a check that finds a changed page, compared with a bare {@code Jsoup.parse} of
 * the same bytes decoded the same way (UTF-8, as the response's {@code Content-Type} says). The
 * <em>check</em> is the production path from the fetched body: decode, parse, guards, fingerprint
 * ({@link PageGuards}), then the diff against the previous version, which differs where the differ
 * looks (a document date, a translation, a word of the indication: {@link EarlierVersion}), so the
 * word diff runs. <em>Stored</em> adds what every such check also does besides the database round
 * trips: read the previous version's JSON model, gzip the body and write the new model as JSON.
 * Run: {@code ./mvnw -q test-compile exec:java@bench}. Not a test: figures depend on the machine,
 * ratios much less. The three alternate in short rounds and medians are reported, so that JIT and
 * GC drift hit them alike.
 */
public final class PipelineBenchmark {

  private static final String URL = "https://www.ema.europa.eu/en/medicines/human/EPAR/";
  private static final String CONTENT_TYPE = "text/html; charset=UTF-8";
  private static final int WARMUP_ROUNDS = 10;
  private static final int ROUNDS = 25;
  private static final long ROUND_NANOS = 200_000_000L;
  private static final double GOAL = 1.5;

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private static volatile Object sink;

  private PipelineBenchmark() {}

  public static void main(String[] args) {
    List<String> pages =
        List.of("imlygic-current", "imlygic-2019-old-design", "suboxone-withdrawn");
    EparPageParser parser = new EparPageParser();
    PageGuards guards =
        new PageGuards(parser, new DocumentLossGuard(0.3), new FieldLossGuard(0.2), 3);
    EparDiffer differ = new EparDiffer();
    System.out.printf(
        "%-24s %6s %7s %9s %9s %7s %10s %7s %10s%n",
        "page",
        "KiB",
        "changes",
        "jsoup ms",
        "check ms",
        "ratio",
        "stored ms",
        "ratio",
        "CPU ratio");
    double worst = 0;
    double worstStored = 0;
    double worstCpu = 0;
    for (String name : pages) {
      byte[] body = Fixtures.read("golden/" + name + ".html").getBytes(StandardCharsets.UTF_8);
      String url = URL + name;
      String previousJson = EarlierVersion.of(parsed(parser, body, url));
      EparPage previous = EparJson.read(previousJson);
      int changes = differ.diff(previous, assess(guards, body, url, previous)).size();
      Runnable bare = () -> sink = jsoupParse(body, url);
      Runnable check = () -> sink = differ.diff(previous, assess(guards, body, url, previous));
      Runnable stored =
          () -> {
            EparPage read = EparJson.read(previousJson);
            EparPage page = assess(guards, body, url, read);
            sink = differ.diff(read, page);
            sink = gzip(body);
            sink = EparJson.write(page);
          };
      double[] ms = compare(bare, check, stored);
      double ratio = ms[1] / ms[0];
      double storedRatio = ms[2] / ms[0];
      double cpuRatio = ms[4] / ms[3];
      worstCpu = Math.max(worstCpu, cpuRatio);
      worst = Math.max(worst, ratio);
      worstStored = Math.max(worstStored, storedRatio);
      System.out.printf(
          Locale.ROOT,
          "%-24s %6.1f %7d %9.3f %9.3f %6.2fx %10.3f %6.2fx %9.2fx%n",
          name,
          body.length / 1024.0,
          changes,
          ms[0],
          ms[1],
          ratio,
          ms[2],
          storedRatio,
          cpuRatio);
    }
    System.out.printf(
        Locale.ROOT,
        "worst ratio %.2fx (goal <= %.1fx): %s; with the stored-version work %.2fx;"
            + " check/jsoup in thread CPU time %.2fx (load %s)%n",
        worst,
        GOAL,
        worst <= GOAL ? "met" : "NOT met",
        worstStored,
        worstCpu,
        ProcStat.loadAverage());
  }

  private static EparPage assess(PageGuards guards, byte[] body, String url, EparPage previous) {
    PageAssessment assessment = guards.assess(body, CONTENT_TYPE, url, Optional.of(previous));
    if (assessment instanceof PageAssessment.Good good) {
      return good.page();
    }
    throw new IllegalStateException("the page is not good: " + assessment);
  }

  private static EparPage parsed(EparPageParser parser, byte[] body, String url) {
    if (parser.parse(body, StandardCharsets.UTF_8, url) instanceof ParseResult.Parsed parsed) {
      return parsed.page();
    }
    throw new IllegalStateException("fixture does not parse: " + url);
  }

  /** Decoded as the check decodes it: with the charset of the response's content type. */
  private static Object jsoupParse(byte[] body, String url) {
    try {
      return Jsoup.parse(new ByteArrayInputStream(body), StandardCharsets.UTF_8.name(), url);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** As the store keeps a raw body. */
  private static byte[] gzip(byte[] raw) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length / 8 + 64);
    try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
      gzip.write(raw);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /**
   * Median milliseconds per run of each, over alternating rounds: wall time first, then the
   * thread's CPU time (which a machine shared with other work inflates far less).
   */
  private static double[] compare(Runnable... works) {
    for (int i = 0; i < WARMUP_ROUNDS; i++) {
      for (Runnable work : works) {
        round(work, new double[2]);
      }
    }
    double[][] ms = new double[works.length * 2][ROUNDS];
    double[] round = new double[2];
    for (int i = 0; i < ROUNDS; i++) {
      for (int w = 0; w < works.length; w++) {
        round(works[w], round);
        ms[w][i] = round[0];
        ms[works.length + w][i] = round[1];
      }
    }
    return Arrays.stream(ms).mapToDouble(PipelineBenchmark::median).toArray();
  }

  /** Wall and CPU milliseconds per run into {@code ms}. */
  private static void round(Runnable work, double[] ms) {
    long cpuStart = THREADS.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    long runs = 0;
    while (System.nanoTime() - start < ROUND_NANOS) {
      work.run();
      runs++;
    }
    ms[0] = (System.nanoTime() - start) / 1e6 / runs;
    ms[1] = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e6 / runs;
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}

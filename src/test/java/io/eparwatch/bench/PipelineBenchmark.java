package io.eparwatch.bench;

import io.eparwatch.change.DocumentLossGuard;
import io.eparwatch.change.EparDiffer;
import io.eparwatch.epar.EparPage;
import io.eparwatch.epar.EparPageParser;
import io.eparwatch.epar.ParseResult;
import io.eparwatch.testing.Fixtures;
import io.eparwatch.watch.PageAssessment;
import io.eparwatch.watch.PageAssessor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.Jsoup;

/**
 * Per-page cost of the check pipeline compared with a bare {@code Jsoup.parse} of the same bytes.
 * The pipeline is the production path from the fetched body: decode, parse, guards, fingerprint
 * ({@link PageAssessor}), then the diff against the previous version. Run: {@code ./mvnw -q
 * test-compile exec:java@bench}. Not a test: figures depend on the machine, ratios much less. Bare
 * parse and pipeline alternate in short rounds and medians are reported, so that JIT and GC drift
 * hit both alike.
 */
public final class PipelineBenchmark {

  private static final String URL = "https://www.ema.europa.eu/en/medicines/human/EPAR/";
  private static final String CONTENT_TYPE = "text/html; charset=UTF-8";
  private static final int WARMUP_ROUNDS = 10;
  private static final int ROUNDS = 25;
  private static final long ROUND_NANOS = 200_000_000L;
  private static final double GOAL = 1.5;

  private static volatile Object sink;

  private PipelineBenchmark() {}

  public static void main(String[] args) {
    List<String> pages =
        List.of("imlygic-current", "imlygic-2019-old-design", "suboxone-withdrawn");
    EparPageParser parser = new EparPageParser();
    PageAssessor assessor = new PageAssessor(parser, new DocumentLossGuard(0.3));
    EparDiffer differ = new EparDiffer();
    System.out.printf(
        "%-26s %7s %12s %14s %8s%n", "page", "KiB", "jsoup ms", "pipeline ms", "ratio");
    double worst = 0;
    for (String name : pages) {
      byte[] body = Fixtures.read("golden/" + name + ".html").getBytes(StandardCharsets.UTF_8);
      String url = URL + name;
      Optional<EparPage> previous = Optional.of(previousVersion(parser, body, url));
      Runnable bare = () -> sink = jsoupParse(body, url);
      Runnable pipeline =
          () -> {
            PageAssessment assessment = assessor.assess(body, CONTENT_TYPE, url, previous);
            sink = differ.diff(previous.get(), ((PageAssessment.Good) assessment).page());
          };
      double[] ms = compare(bare, pipeline);
      double ratio = ms[1] / ms[0];
      worst = Math.max(worst, ratio);
      System.out.printf(
          Locale.ROOT,
          "%-26s %7.1f %12.3f %14.3f %7.2fx%n",
          name,
          body.length / 1024.0,
          ms[0],
          ms[1],
          ratio);
    }
    System.out.printf(
        Locale.ROOT,
        "worst ratio %.2fx (goal <= %.1fx): %s%n",
        worst,
        GOAL,
        worst <= GOAL ? "met" : "NOT met");
  }

  /** The page with its latest-procedure date moved: a real diff, not an empty one. */
  private static EparPage previousVersion(EparPageParser parser, byte[] body, String url) {
    String html = new String(body, StandardCharsets.UTF_8);
    ParseResult result = parser.parse(html.replaceFirst("(\\d\\d)/(\\d\\d)/20", "$2/$1/19"), url);
    if (result instanceof ParseResult.Parsed parsed) {
      return parsed.page();
    }
    throw new IllegalStateException("fixture does not parse: " + result);
  }

  private static Object jsoupParse(byte[] body, String url) {
    try {
      return Jsoup.parse(new ByteArrayInputStream(body), null, url);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Median milliseconds per run of each, over alternating rounds. */
  private static double[] compare(Runnable bare, Runnable pipeline) {
    for (int i = 0; i < WARMUP_ROUNDS; i++) {
      round(bare);
      round(pipeline);
    }
    double[] bareMs = new double[ROUNDS];
    double[] pipelineMs = new double[ROUNDS];
    for (int i = 0; i < ROUNDS; i++) {
      bareMs[i] = round(bare);
      pipelineMs[i] = round(pipeline);
    }
    return new double[] {median(bareMs), median(pipelineMs)};
  }

  private static double round(Runnable work) {
    long start = System.nanoTime();
    long runs = 0;
    while (System.nanoTime() - start < ROUND_NANOS) {
      work.run();
      runs++;
    }
    return (System.nanoTime() - start) / 1e6 / runs;
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}

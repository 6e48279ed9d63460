package io.eparwatch.epar;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Parse + extraction must cost at most ~1.3× a bare Jsoup.parse of the same bytes. Timing on a
 * shared machine is noisy, so this runs only on request: {@code -Deparwatch.perf=true}.
 */
@EnabledIfSystemProperty(named = "eparwatch.perf", matches = "true")
class EparPageParserPerformanceTest {

  private static final int WARM_UP = 300;
  private static final int ROUNDS = 7;
  private static final int RUNS_PER_ROUND = 200;

  @Test
  void extractionCostsLittleMoreThanParsing() {
    String html = Fixtures.read("golden/imlygic-current.html");
    EparPageParser parser = new EparPageParser();
    for (int i = 0; i < WARM_UP; i++) {
      Jsoup.parse(html, Fixtures.IMLYGIC_URL);
      parser.parse(html, Fixtures.IMLYGIC_URL);
    }
    long bestJsoup = Long.MAX_VALUE;
    long bestParser = Long.MAX_VALUE;
    for (int round = 0; round < ROUNDS; round++) {
      bestJsoup = Math.min(bestJsoup, time(() -> Jsoup.parse(html, Fixtures.IMLYGIC_URL)));
      bestParser = Math.min(bestParser, time(() -> parser.parse(html, Fixtures.IMLYGIC_URL)));
    }
    double ratio = (double) bestParser / bestJsoup;
    System.out.printf("jsoup %.3f ms, parser %.3f ms, ratio %.2f%n",
        bestJsoup / 1e6 / RUNS_PER_ROUND, bestParser / 1e6 / RUNS_PER_ROUND, ratio);
    assertTrue(ratio <= 1.3, "parser/jsoup ratio " + ratio);
  }

  private static long time(Runnable work) {
    long start = System.nanoTime();
    for (int i = 0; i < RUNS_PER_ROUND; i++) {
      work.run();
    }
    return System.nanoTime() - start;
  }
}

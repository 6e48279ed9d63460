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
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The benchmark's check alone, looped for {@code args[0]} seconds (default 20) over the golden
 * pages: a target for a profiler ({@code java -XX:StartFlightRecording=...}).
 */
public final class CheckLoop {

  private static final String URL = "https://www.ema.europa.eu/en/medicines/human/EPAR/";
  private static volatile Object sink;

  private CheckLoop() {}

  public static void main(String[] args) {
    long seconds = args.length > 0 ? Long.parseLong(args[0]) : 20;
    String[] names = {"imlygic-current", "imlygic-2019-old-design", "suboxone-withdrawn"};
    EparPageParser parser = new EparPageParser();
    PageGuards guards =
        new PageGuards(parser, new DocumentLossGuard(0.3), new FieldLossGuard(0.2), 3);
    EparDiffer differ = new EparDiffer();
    byte[][] bodies = new byte[names.length][];
    EparPage[] previous = new EparPage[names.length];
    for (int i = 0; i < names.length; i++) {
      bodies[i] = Fixtures.read("golden/" + names[i] + ".html").getBytes(StandardCharsets.UTF_8);
      ParseResult.Parsed parsed =
          (ParseResult.Parsed) parser.parse(bodies[i], StandardCharsets.UTF_8, URL + names[i]);
      previous[i] = EparJson.read(EarlierVersion.of(parsed.page()));
    }
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    long runs = 0;
    while (System.nanoTime() < end) {
      int i = (int) (runs++ % names.length);
      PageAssessment.Good good =
          (PageAssessment.Good)
              guards.assess(
                  bodies[i], "text/html; charset=UTF-8", URL + names[i], Optional.of(previous[i]));
      sink = differ.diff(previous[i], good.page());
    }
    System.out.println(runs + " checks");
  }
}

package io.eparwatch.bench;

import java.util.List;
import java.util.Locale;

/** The scale benchmark's goals (issue 7), printed next to what was measured. */
final class Goals {

  private static final double MS_PER_304 = 1;
  private static final double MS_PER_PARSED_PAGE = 4;
  private static final double PEAK_RSS_MB = 350;

  private Goals() {}

  /** Each goal is read from the last round of its kind, the warmest. */
  static void print(List<RoundFigures> rounds, double peakRssMb) {
    RoundFigures cold = last(rounds, "cold");
    RoundFigures unchanged = last(rounds, "unchanged");
    RoundFigures changed = last(rounds, "changed");
    RoundFigures rerendered = last(rounds, "rerendered");
    double per304 = unchanged.cpuMsPerCheck();
    line("app CPU per 304 check (unchanged)", per304, "ms", MS_PER_304);
    line(
        "app CPU per parsed page (re-rendered, warm)",
        rerendered.cpuMsPerParsedPage(per304),
        "ms",
        MS_PER_PARSED_PAGE);
    double changedPerPage = changed.cpuMsPerParsedPage(per304);
    System.out.printf(
        Locale.ROOT,
        "  for reference: per parsed page %.2f ms in the cold round (JIT warming up), %s in the"
            + " changed round (%d pages; its %d 304s counted at %.2f ms each)%n",
        cold.cpuMsPerParsedPage(per304),
        changedPerPage > 0
            ? String.format(Locale.ROOT, "%.2f ms", changedPerPage)
            : "lost in the noise",
        changed.served200(),
        changed.served304(),
        per304);
    System.out.printf(
        Locale.ROOT,
        "%-44s %8d    (goal 0): %s%n",
        "events on re-render",
        rerendered.events(),
        rerendered.events() == 0 ? "met" : "NOT met");
    line("peak RSS of the app with -Xmx256m", peakRssMb, "MB", PEAK_RSS_MB);
  }

  private static RoundFigures last(List<RoundFigures> rounds, String name) {
    for (int i = rounds.size() - 1; i >= 0; i--) {
      if (rounds.get(i).round().equals(name)) {
        return rounds.get(i);
      }
    }
    throw new IllegalArgumentException("the goals need a round '" + name + "'");
  }

  private static void line(String what, double value, String unit, double goal) {
    System.out.printf(
        Locale.ROOT,
        "%-44s %8.2f %-2s (goal <= %s %s): %s%n",
        what,
        value,
        unit,
        goal == Math.rint(goal) ? Long.toString((long) goal) : Double.toString(goal),
        unit,
        value <= goal ? "met" : "NOT met");
  }
}

package io.eparwatch.bench;

import java.util.Locale;

/** What one round of the scale benchmark measured. */
record RoundFigures(
    String round,
    double wallSeconds,
    double appCpuSeconds,
    double serverCpuSeconds,
    int checks,
    long served200,
    long served304,
    String outcomes,
    long versions,
    int events,
    double peakRssMb,
    String load) {

  static final String HEADER =
      String.format(
          "%-10s %7s %8s %8s %9s %11s %-20s %8s %6s %8s %5s",
          "round",
          "wall s",
          "app CPU",
          "srv CPU",
          "ms/check",
          "200/304",
          "outcomes",
          "versions",
          "events",
          "peak RSS",
          "load");

  RoundFigures withVersions(long stored) {
    return new RoundFigures(
        round,
        wallSeconds,
        appCpuSeconds,
        serverCpuSeconds,
        checks,
        served200,
        served304,
        outcomes,
        stored,
        events,
        peakRssMb,
        load);
  }

  double cpuMsPerCheck() {
    return appCpuSeconds * 1000 / Math.max(checks, 1);
  }

  /** App CPU per full fetch, once the 304s are paid at {@code msPer304} each. */
  double cpuMsPerParsedPage(double msPer304) {
    return (appCpuSeconds * 1000 - served304 * msPer304) / Math.max(served200, 1);
  }

  String row() {
    return String.format(
        Locale.ROOT,
        "%-10s %7.1f %8.1f %8.1f %9.2f %11s %-20s %8d %6s %5.0f MB %5s",
        round,
        wallSeconds,
        appCpuSeconds,
        serverCpuSeconds,
        cpuMsPerCheck(),
        served200 + "/" + served304,
        outcomes,
        versions,
        events >= 1000 ? ">=1000" : Integer.toString(events),
        peakRssMb,
        load);
  }
}

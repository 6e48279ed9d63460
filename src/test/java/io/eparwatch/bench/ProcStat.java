package io.eparwatch.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** CPU time and peak resident memory of a process, from Linux's {@code /proc}. */
final class ProcStat {

  private static final double TICKS_PER_SECOND = clockTicks();

  private final long pid;

  ProcStat(long pid) {
    this.pid = pid;
  }

  /** User plus system CPU seconds since the process started. */
  double cpuSeconds() {
    String stat = read(Path.of("/proc", Long.toString(pid), "stat"));
    // The command name may hold spaces and parentheses: fields are counted after its last ')'.
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
    long userTicks = Long.parseLong(fields[11]);
    long systemTicks = Long.parseLong(fields[12]);
    return (userTicks + systemTicks) / TICKS_PER_SECOND;
  }

  /** The peak resident set size so far ({@code VmHWM}), in MB. */
  double peakRssMb() {
    return read(Path.of("/proc", Long.toString(pid), "status"))
            .lines()
            .filter(line -> line.startsWith("VmHWM:"))
            .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", "")))
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("no VmHWM for process " + pid))
        / 1024.0;
  }

  /** The one-minute load average of the machine: how shared it was. */
  static String loadAverage() {
    return read(Path.of("/proc/loadavg")).split(" ")[0];
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + " (Linux only)", e);
    }
  }

  private static double clockTicks() {
    try {
      Process getconf = new ProcessBuilder("getconf", "CLK_TCK").start();
      String ticks = new String(getconf.getInputStream().readAllBytes()).strip();
      return getconf.waitFor() == 0 ? Double.parseDouble(ticks) : 100;
    } catch (IOException | NumberFormatException e) {
      return 100;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 100;
    }
  }
}

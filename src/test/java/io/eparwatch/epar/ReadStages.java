package io.eparwatch.epar;

import io.eparwatch.testing.Fixtures;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * What reading a freshly parsed page costs ({@code EparPageParser.read}, jsoup's parse excluded),
 * stage by stage, and optionally against an earlier build of this package in the same JVM: the
 * machine is shared, so figures of separate runs drift more than the changes they should show.
 * Thread CPU time, medians of short rounds that alternate the two builds.
 *
 * <p>Run: {@code ./mvnw -q test-compile exec:java -Dexec.mainClass=io.eparwatch.epar.ReadStages
 * -Dexec.classpathScope=test [-Dexec.args=DIR]}, where DIR holds the classes of {@code
 * io.eparwatch.epar} of the earlier build (e.g. {@code git archive} that commit's package and
 * {@code javac -d DIR} it against {@code target/classes} and the test classpath). Both builds must
 * read each page to the same result, or the run stops.
 */
public final class ReadStages {

  private static final String URL = "https://www.ema.europa.eu/en/medicines/human/EPAR/";
  private static final String[] PAGES = {
    "imlygic-current", "imlygic-2019-old-design", "suboxone-withdrawn"
  };
  private static final int ROUNDS = 15;
  private static final int READS_PER_ROUND = 400;
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private static volatile Object sink;

  private ReadStages() {}

  public static void main(String[] args) throws ReflectiveOperationException {
    Method current = readMethod(EparPageParser.class);
    Method base = args.length > 0 ? readMethod(baseBuild(Path.of(args[0]))) : null;
    for (String name : PAGES) {
      byte[] body = Fixtures.read("golden/" + name + ".html").getBytes(StandardCharsets.UTF_8);
      String url = URL + name;
      if (base != null && !read(base, body, url).equals(read(current, body, url))) {
        throw new IllegalStateException(name + ": the builds read the page differently");
      }
      System.out.println(name + " (fresh document, ms)" + stages(body, url));
      if (base != null) {
        double[][] ms = new double[2][ROUNDS];
        for (int round = -3; round < ROUNDS; round++) {
          double[] mean = readRound(new Method[] {base, current}, body, url);
          for (int build = 0; round >= 0 && build < 2; build++) {
            ms[build][round] = mean[build];
          }
        }
        double[] ratios = new double[ROUNDS];
        Arrays.setAll(ratios, round -> ms[1][round] / ms[0][round]);
        System.out.printf(
            "  read: base %.4f  current %.4f  (median of the rounds' ratios %+.1f%%)%n",
            median(ms[0]), median(ms[1]), (median(ratios) - 1) * 100);
      }
    }
    System.out.printf(
        "load average %.2f%n", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }

  /** Median per stage over rounds, each stage on a fresh document as a check meets it. */
  private static String stages(byte[] body, String url) {
    double[][] ms = new double[5][ROUNDS];
    for (int round = -3; round < ROUNDS; round++) {
      long[] sum = new long[5];
      for (int i = 0; i < READS_PER_ROUND; i++) {
        long t0 = THREADS.getCurrentThreadCpuTime();
        Document document = parse(body, url);
        long t1 = THREADS.getCurrentThreadCpuTime();
        PageScan scan = new PageScan(url);
        scan.scan(document);
        long t2 = THREADS.getCurrentThreadCpuTime();
        KeyFacts facts = new KeyFacts(scan.labelCells, scan.headings, scan.headingTitles);
        sink = facts.productNumber(KeyFacts.is("ema product number"));
        sink = facts.text(KeyFacts.startsWith("therapeutic indication"));
        long t3 = THREADS.getCurrentThreadCpuTime();
        sink = new DocumentListReader(scan.documentLinks, scan.headings, scan.englishLabels).read();
        long t4 = THREADS.getCurrentThreadCpuTime();
        sink = StatusTitles.of(scan);
        sink = PageLabels.latestProcedure(scan);
        sink = PageLabels.pageLastUpdated(scan);
        long t5 = THREADS.getCurrentThreadCpuTime();
        long[] times = {t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4};
        for (int s = 0; s < 5; s++) {
          sum[s] += times[s];
        }
      }
      for (int s = 0; round >= 0 && s < 5; s++) {
        ms[s][round] = sum[s] / 1e6 / READS_PER_ROUND;
      }
    }
    String[] names = {"jsoup", "scan", "facts", "doclist", "labels"};
    StringBuilder line = new StringBuilder();
    for (int s = 0; s < 5; s++) {
      line.append(String.format(" %s=%.4f", names[s], median(ms[s])));
    }
    return line.toString();
  }

  /**
   * Mean thread CPU ms of each build's read, each on a document parsed just before; the builds take
   * turns read by read, so that the machine's load weighs on them alike.
   */
  private static double[] readRound(Method[] builds, byte[] body, String url) {
    long[] cpu = new long[builds.length];
    for (int i = 0; i < READS_PER_ROUND; i++) {
      for (int build = 0; build < builds.length; build++) {
        Document document = parse(body, url);
        long start = THREADS.getCurrentThreadCpuTime();
        sink = invoke(builds[build], document, url);
        cpu[build] += THREADS.getCurrentThreadCpuTime() - start;
      }
    }
    return Arrays.stream(cpu).mapToDouble(nanos -> nanos / 1e6 / READS_PER_ROUND).toArray();
  }

  /** The read's result as text, without the document keys that builds before 2026-12-05 lack. */
  private static String read(Method read, byte[] body, String url) {
    return String.valueOf(invoke(read, parse(body, url), url)).replaceAll(", key=[^,\\]]*", "");
  }

  private static Object invoke(Method read, Document document, String url) {
    try {
      return read.invoke(read.getDeclaringClass().getConstructor().newInstance(), document, url);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Method readMethod(Class<?> parser) throws NoSuchMethodException {
    Method read = parser.getDeclaredMethod("read", Document.class, String.class);
    read.setAccessible(true);
    return read;
  }

  /** The earlier build's parser: its own copy of this package, everything else shared. */
  private static Class<?> baseBuild(Path classes) throws ClassNotFoundException {
    String name = EparPageParser.class.getName();
    String prefix = name.substring(0, name.lastIndexOf('.') + 1);
    ClassLoader parent = ReadStages.class.getClassLoader();
    URLClassLoader loader =
        new URLClassLoader(new URL[] {url(classes)}, parent) {
          @Override
          protected Class<?> loadClass(String className, boolean resolve)
              throws ClassNotFoundException {
            if (!className.startsWith(prefix)) {
              return super.loadClass(className, resolve);
            }
            synchronized (getClassLoadingLock(className)) {
              Class<?> loaded = findLoadedClass(className);
              return loaded != null ? loaded : findClass(className);
            }
          }
        };
    return loader.loadClass(name);
  }

  private static URL url(Path classes) {
    try {
      return classes.toUri().toURL();
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException(e);
    }
  }

  /** A fresh document, decoded as a check decodes the page (also for {@link ReadInPlace}). */
  static Document parse(byte[] body, String url) {
    try {
      return Jsoup.parse(new ByteArrayInputStream(body), "UTF-8", url);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}

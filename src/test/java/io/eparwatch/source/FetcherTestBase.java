package io.eparwatch.source;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A WireMock stand-in for EMA on 127.0.0.1, a test clock, a recording sleeper, and a page fetcher
 * and an export downloader sharing one {@link EmaClient}.
 */
abstract class FetcherTestBase {

  static final String PAGE = "/en/medicines/human/EPAR/keytruda";
  static final String HTML = "text/html; charset=UTF-8";

  final TestClock clock = new TestClock();
  final RecordingSleeper sleeper = new RecordingSleeper(clock);
  final TestConfig allConfig = new TestConfig();
  final TestFetchConfig config = allConfig.fetch;
  final MemoryEmaPauses pauses = new MemoryEmaPauses();
  final List<Duration> waits = new CopyOnWriteArrayList<>();

  /** Where robots.txt is kept; a test may replace it before the fetcher is first used. */
  RobotsStore robots = new MemoryRobotsStore();

  WireMockServer ema;
  private EmaClient emaClient;
  private PageFetcher fetcher;
  private ExportDownloader downloader;

  @BeforeEach
  void startEma() {
    ema = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
    ema.start();
  }

  @AfterEach
  void stopEma() {
    ema.stop();
  }

  /** The fetcher, built on first use so that tests can adjust {@link #config} before. */
  synchronized PageFetcher fetcher() {
    if (fetcher == null) {
      fetcher = new PageFetcher(emaClient());
    }
    return fetcher;
  }

  /** The downloader, sharing the fetcher's way to EMA; built on first use like the fetcher. */
  synchronized ExportDownloader downloader() {
    if (downloader == null) {
      downloader = new ExportDownloader(allConfig, emaClient());
    }
    return downloader;
  }

  private synchronized EmaClient emaClient() {
    if (emaClient == null) {
      EmaBudget budget =
          new EmaBudget(pauses, new MemoryEmaTurns(config.minGap()), robots, waits::add);
      emaClient =
          new EmaClient(allConfig, new EmaUrls(URI.create(origin())), clock, sleeper, budget);
    }
    return emaClient;
  }

  FetchResult fetch(String path) {
    return fetcher().fetch(url(path), Validators.none());
  }

  URI url(String path) {
    return URI.create(origin() + path);
  }

  /** The EMA stand-in as configured: by IP, so that "localhost" is a foreign host. */
  String origin() {
    return "http://127.0.0.1:" + ema.port();
  }

  List<Duration> seconds(long... values) {
    return Arrays.stream(values).mapToObj(Duration::ofSeconds).toList();
  }
}

package io.eparwatch.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * Every {@code eparwatch.*} key, with its production default. Overrides: {@code
 * config/application.properties}.
 */
@ConfigMapping(prefix = "eparwatch")
public interface EparWatchConfig {

  Ema ema();

  Fetch fetch();

  Schedule schedule();

  Guards guards();

  Exports exports();

  Admin admin();

  Demo demo();

  /**
   * The address users reach the service at: absolute links in feeds, mails and webhooks start with
   * it.
   */
  @WithDefault("http://localhost:8080")
  URI publicUrl();

  Alerts alerts();

  Feeds feeds();

  Web web();

  Cluster cluster();

  interface Ema {
    /** Origin of the EMA website: the only host EPAR Watch ever fetches from. */
    @WithDefault("https://www.ema.europa.eu")
    URI baseUrl();
  }

  interface Fetch {
    /** Sent with every request, so EMA can see who polls and how to reach them. */
    @WithDefault(
        "EPARWatch/0.1 (+https://github.com/eparwatch; regulatory-document change tracker)")
    String userAgent();

    @WithDefault("10s")
    Duration connectTimeout();

    /** Longest wait for a complete response. */
    @WithDefault("30s")
    Duration readTimeout();

    /** A larger body is refused: no EPAR page comes close, so it is not one. */
    @WithDefault("5M")
    MemorySize maxBodySize();

    /**
     * Minimum gap between two requests to the EMA host. Above zero, requests are also strictly one
     * at a time, whatever {@link #maxInFlight()} says.
     */
    @WithDefault("1s")
    Duration minGap();

    /**
     * Requests that may run at once when {@link #minGap()} is zero (a mirror or a test server);
     * ignored otherwise. Also sizes the HTTP client's thread pool.
     */
    @WithDefault("1")
    int maxInFlight();

    /** Retries after a 5xx answer or a timeout, before the check is recorded as failed. */
    @WithDefault("2")
    int maxRetries();

    /** First retry delay; it doubles on each further retry. */
    @WithDefault("2s")
    Duration retryBackoff();

    /**
     * Longest Retry-After we wait for inside one check; a longer one postpones the watch instead.
     */
    @WithDefault("30s")
    Duration maxRetryAfterWait();

    /**
     * Longest pause of all requests to EMA that one Retry-After (429 or 503) can cause; a longer
     * one, up to a year, is cut to this.
     */
    @WithDefault("1h")
    Duration maxPause();

    /** Whether EMA's robots.txt rules are honoured. */
    @WithDefault("true")
    boolean respectRobots();

    /** How long a fetched robots.txt is trusted. */
    @WithDefault("24h")
    Duration robotsTtl();
  }

  interface Schedule {
    /**
     * How often each instance looks for due watches to claim, and writes the due digests (an
     * interval such as 1m, 6h; off: neither).
     */
    @WithDefault("1m")
    String tick();

    /**
     * Interval between two successful checks of one watch. Rare on purpose: the EMA exports tell
     * when a watched page moved, and that page is then checked at once.
     */
    @WithDefault("7d")
    Duration pageInterval();

    /** Most watches taken in one tick. */
    @WithDefault("200")
    int batchSize();

    /** Watches checked in parallel within a tick (requests to EMA stay sequential and spaced). */
    @WithDefault("2")
    int concurrency();

    /** First delay after a failed check; it doubles with each consecutive failure. */
    @WithDefault("15m")
    Duration errorBackoff();

    /** Upper bound of the failure backoff. */
    @WithDefault("24h")
    Duration maxErrorBackoff();
  }

  interface Guards {
    /** A page that loses more than this share of its documents at once is held as SUSPECT. */
    @WithDefault("0.3")
    double maxDocumentLoss();

    /**
     * A page whose fields and document fields lose more than this share of their values at once (a
     * label renamed, dates in a new format) is held as SUSPECT; fewer losses are each held until
     * the next check agrees. A medicines export in which more than this share of the medicines
     * already known lose a value is rejected whole.
     */
    @WithDefault("0.2")
    double maxFieldLoss();

    /**
     * Consecutive identical sightings after which a page held only for document loss is accepted
     * (it is then a real removal, still confirmed document by document).
     */
    @WithDefault("3")
    int lossConfirmations();
  }

  /** The login for admin actions: adding and removing watches, running checks and ingestion. */
  interface Admin {
    @WithDefault("admin")
    String username();

    /**
     * Set it. Without one, a random password is generated at each start and logged once, so that a
     * fresh install is never open to anyone on the network.
     */
    Optional<String> password();
  }

  interface Demo {
    /**
     * Starts the loopback EMA stand-in serving the demo pages, built from seed text rather than
     * recorded from EMA (the {@code demo} profile sets it).
     */
    @WithDefault("false")
    boolean enabled();

    /** Port of the stand-in; must match the port in {@code eparwatch.ema.base-url}. */
    @WithDefault("8089")
    int port();

    /** How long each demo version is served before the next one (the versions play in a cycle). */
    @WithDefault("20s")
    Duration step();
  }
}

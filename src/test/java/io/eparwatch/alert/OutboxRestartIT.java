package io.eparwatch.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.StreamSupport;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The outbox across a real restart on the H2 file database: the packaged application mails while
 * the SMTP server (GreenMail on loopback) is down, is killed, the server comes back, the
 * application is started again on the same database and sends each mail exactly once, at once; a
 * mail sent just before a kill is not sent again. Each kill follows at once what it must not lose.
 */
class OutboxRestartIT {

  private final List<KillableApp> apps = new java.util.ArrayList<>();
  private MailServer mail;

  @AfterEach
  void stopAll() throws InterruptedException {
    for (KillableApp app : apps) {
      app.kill();
    }
    if (mail != null) {
      mail.stop();
    }
  }

  @Test
  void mailsFailedBeforeAKillGoOutOnceAfterTheRestart() throws Exception {
    Path dir = Files.createTempDirectory("eparwatch-outbox-restart-");
    mail = new MailServer(freePort()); // not started: the SMTP server is down
    int http = freePort();
    List<String> options = options(dir);

    KillableApp first = started(dir, http, with(options, "-Deparwatch.alerts.outbox-interval=1s"));
    for (String email : List.of("first@example.org", "second@example.org")) {
      String json = "{\"email\": \"" + email + "\", \"mode\": \"DAILY\", \"filter\": {}}";
      assertEquals(201, first.post("/api/subscriptions", json));
    }
    // Killed as soon as the failures show (and are logged, which follows their flush), well
    // within H2's write delay: without the flush, the kill would lose the results or the attempts.
    Awaitility.await("both confirmation mails failed")
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                first.adminGet("/api/deliveries?state=FAILED").size() == 2
                    && first.logLines("; now FAILED") == 2);
    JsonNode failed = first.adminGet("/api/deliveries?state=FAILED");
    assertEquals(
        "the mail server could not be reached (connection refused)",
        failed.get(0).get("lastError").asText());
    Instant due = latest(failed, "nextAttemptAt");
    assertEquals(List.of(1, 1), attempts(first.adminGet("/api/deliveries")), "one attempt each");
    first.kill();

    mail.start();
    Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> Instant.now().isAfter(due));
    // Its next scheduled pass is an hour away: only the pass at start-up can send them.
    KillableApp second = started(dir, http, with(options, "-Deparwatch.alerts.outbox-interval=1h"));
    Awaitility.await("both mails sent by the pass at start-up, not an hour later")
        .atMost(Duration.ofSeconds(25))
        .until(() -> mail.received().size() >= 2);
    Awaitility.await("both marked sent")
        .atMost(Duration.ofSeconds(10))
        .until(() -> second.adminGet("/api/deliveries?state=SENT").size() == 2);
    assertEquals(
        List.of(2, 2),
        attempts(second.adminGet("/api/deliveries?state=SENT")),
        "the failed attempt before the kill and the one after it");
    Awaitility.await("no third mail")
        .during(Duration.ofSeconds(3))
        .atMost(Duration.ofSeconds(5))
        .until(() -> mail.received().size() == 2);

    Map<String, String> messageIdByRecipient = new TreeMap<>();
    mail.received()
        .forEach(
            m -> messageIdByRecipient.put(MailServer.to(m), MailServer.header(m, "Message-ID")));
    Map<String, String> expected = new TreeMap<>();
    for (JsonNode delivery : second.adminGet("/api/deliveries?state=SENT")) {
      expected.put(
          delivery.get("recipient").asText(),
          "<delivery-" + delivery.get("id").asLong() + "@restart.example.org>");
    }
    assertEquals(expected, messageIdByRecipient, "one mail per delivery, under its Message-ID");
    assertEquals(
        List.of("first@example.org", "second@example.org"), List.copyOf(expected.keySet()));
    assertEquals(
        List.of(),
        StreamSupport.stream(second.adminGet("/api/deliveries?state=FAILED").spliterator(), false)
            .toList());
    second.kill();
    deleteAll(dir); // kept when the test fails: the applications' logs are in it
  }

  @Test
  void aMailSentBeforeAKillIsNotSentAgainAfterTheRestart() throws Exception {
    Path dir = Files.createTempDirectory("eparwatch-outbox-sent-");
    mail = new MailServer(freePort());
    mail.start();
    int http = freePort();
    List<String> options = with(options(dir), "-Deparwatch.alerts.outbox-interval=1s");

    KillableApp first = started(dir, http, options);
    String json = "{\"email\": \"once@example.org\", \"mode\": \"DAILY\", \"filter\": {}}";
    assertEquals(201, first.post("/api/subscriptions", json));
    // Killed as soon as the mail arrived and shows as sent (and the pass is logged, which follows
    // the result's flush), well within H2's write delay.
    Awaitility.await("the confirmation mail sent")
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                mail.received().size() == 1
                    && first.adminGet("/api/deliveries?state=SENT").size() == 1
                    && first.logLines("outbox: OutboxSummary[sent=1,") == 1);
    first.kill();

    // Its pass at start-up, and one a second after, would send it again had the kill lost it.
    KillableApp second = started(dir, http, options);
    JsonNode deliveries = second.adminGet("/api/deliveries");
    assertEquals(1, deliveries.size(), "the delivery survived: " + deliveries);
    assertEquals("SENT", deliveries.get(0).get("state").asText());
    assertEquals(List.of(1), attempts(deliveries));
    Awaitility.await("no second mail")
        .during(Duration.ofSeconds(3))
        .atMost(Duration.ofSeconds(5))
        .until(() -> mail.received().size() == 1);
    second.kill();
    deleteAll(dir);
  }

  /**
   * H2 writes a commit to its file once its write delay (500 ms) has passed since it last wrote:
   * within milliseconds after a quiet moment, up to the delay after a busy one. Stretched to a
   * minute here, a kill without the outbox's flush loses what was committed since start-up every
   * time, not only when it falls into that window.
   */
  private List<String> options(Path dir) throws Exception {
    return List.of(
        "-Dquarkus.datasource.jdbc.url=jdbc:h2:file:" + dir.resolve("db") + ";WRITE_DELAY=60000",
        "-Dquarkus.mailer.host=127.0.0.1",
        "-Dquarkus.mailer.port=" + mail.port(),
        "-Deparwatch.public-url=https://restart.example.org",
        "-Deparwatch.alerts.retry-backoff=5s",
        "-Deparwatch.alerts.max-backoff=5s",
        "-Deparwatch.schedule.tick=off",
        "-Deparwatch.exports.cron=off",
        "-Deparwatch.ema.base-url=http://127.0.0.1:" + freePort());
  }

  private static void deleteAll(Path dir) throws Exception {
    try (var paths = Files.walk(dir)) {
      for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  private static List<Integer> attempts(JsonNode deliveries) {
    return StreamSupport.stream(deliveries.spliterator(), false)
        .map(d -> d.get("attempts").asInt())
        .toList();
  }

  private static Instant latest(JsonNode deliveries, String field) {
    return StreamSupport.stream(deliveries.spliterator(), false)
        .map(d -> Instant.parse(d.get(field).asText()))
        .max(Instant::compareTo)
        .orElseThrow();
  }

  private static List<String> with(List<String> options, String option) {
    List<String> all = new java.util.ArrayList<>(options);
    all.add(option);
    return all;
  }

  private KillableApp started(Path dir, int http, List<String> options) throws Exception {
    KillableApp app = KillableApp.start(dir, http, options);
    apps.add(app);
    return app;
  }

  private static int freePort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}

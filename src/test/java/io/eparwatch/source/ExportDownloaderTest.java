package io.eparwatch.source;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExportDownloaderTest extends DownloaderTestBase {

  @Test
  void streamsALargeExportToTheTargetFileIdentifyingItself() throws Exception {
    config.maxBodyBytes = 1024; // the in-memory page cap plays no part in a download
    byte[] export = new byte[3 * 1024 * 1024 + 17];
    new Random(42).nextBytes(export);
    ema.stubFor(
        get(EXPORT)
            .willReturn(
                json()
                    .withHeader("ETag", "\"e1\"")
                    .withHeader("Last-Modified", "Sat, 01 Mar 2025 06:00:00 GMT")
                    .withBody(export)));

    DownloadResult.Downloaded done = assertInstanceOf(DownloadResult.Downloaded.class, download());

    assertEquals(target, done.file());
    assertEquals(export.length, done.bytes());
    assertArrayEquals(export, Files.readAllBytes(target));
    assertEquals(JSON, done.contentType());
    assertEquals("\"e1\"", done.etag());
    assertEquals("Sat, 01 Mar 2025 06:00:00 GMT", done.lastModified());
    assertOnlyTargetInDirectory();
    ema.verify(
        getRequestedFor(urlEqualTo(EXPORT))
            .withHeader("User-Agent", equalTo(TestFetchConfig.USER_AGENT))
            .withHeader("If-None-Match", absent())
            .withHeader("If-Modified-Since", absent()));
  }

  @Test
  void sendsValidatorsAndReportsNotModifiedLeavingTheFileAlone() throws Exception {
    Files.writeString(target, "previous");
    ema.stubFor(get(EXPORT).willReturn(aResponse().withStatus(304)));

    Validators validators = new Validators("\"e1\"", "Sat, 01 Mar 2025 06:00:00 GMT");
    DownloadResult result = downloader().download(url(EXPORT), validators, target);

    assertInstanceOf(DownloadResult.NotModified.class, result);
    assertEquals("previous", Files.readString(target));
    assertOnlyTargetInDirectory();
    ema.verify(
        getRequestedFor(urlEqualTo(EXPORT))
            .withHeader("If-None-Match", equalTo("\"e1\""))
            .withHeader("If-Modified-Since", equalTo("Sat, 01 Mar 2025 06:00:00 GMT")));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "text/json",
        "application/octet-stream",
        "text/plain; charset=ISO-8859-1",
        "Application/JSON;charset=utf-8"
      })
  void acceptsTheContentTypesExportsComeWith(String contentType) {
    ema.stubFor(
        get(EXPORT).willReturn(aResponse().withHeader("Content-Type", contentType).withBody("[]")));

    assertInstanceOf(DownloadResult.Downloaded.class, download());
  }

  @Test
  void acceptsAnExportWithoutContentType() throws Exception {
    ema.stubFor(get(EXPORT).willReturn(aResponse().withBody("[]")));

    assertInstanceOf(DownloadResult.Downloaded.class, download());
    assertEquals("[]", Files.readString(target));
  }

  @Test
  void refusesAnHtmlPageInsteadOfTheExport() throws Exception {
    ema.stubFor(
        get(EXPORT)
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "text/html; charset=UTF-8")
                    .withBody("<html>Down for maintenance</html>")));

    DownloadResult.Failed failed = assertInstanceOf(DownloadResult.Failed.class, download());

    assertTrue(
        failed.error().startsWith("unexpected content type text/html; charset=UTF-8"),
        failed.error());
    assertNothingWritten();
  }

  @Test
  void refusesAnOversizedExportDeclaredByContentLength() throws Exception {
    exports.maxDownloadBytes = 1000;
    ema.stubFor(get(EXPORT).willReturn(json().withBody("x".repeat(5000))));

    DownloadResult.Failed failed = assertInstanceOf(DownloadResult.Failed.class, download());

    assertEquals("download exceeds 1000 bytes", failed.error());
    assertNothingWritten();
    ema.verify(1, getRequestedFor(urlEqualTo(EXPORT)));
  }

  @Test
  void refusesAnOversizedChunkedExportWhileStreamingAndKeepsThePreviousFile() throws Exception {
    exports.maxDownloadBytes = 1000;
    Files.writeString(target, "previous");
    ema.stubFor(
        get(EXPORT)
            .willReturn(json().withBody("x".repeat(50_000)).withChunkedDribbleDelay(50, 100)));

    DownloadResult.Failed failed = assertInstanceOf(DownloadResult.Failed.class, download());

    assertEquals("download exceeds 1000 bytes", failed.error());
    assertEquals("previous", Files.readString(target));
    assertOnlyTargetInDirectory();
  }

  @Test
  void acceptsAnExportOfExactlyTheCap() throws Exception {
    exports.maxDownloadBytes = 1000;
    ema.stubFor(
        get(EXPORT).willReturn(json().withBody("x".repeat(1000)).withChunkedDribbleDelay(4, 20)));

    assertEquals(1000, assertInstanceOf(DownloadResult.Downloaded.class, download()).bytes());
  }

  @Test
  void followsRedirectsWithinTheEmaHost() throws Exception {
    ema.stubFor(
        get("/old/export.json")
            .willReturn(aResponse().withStatus(301).withHeader("Location", EXPORT)));
    ema.stubFor(get(EXPORT).willReturn(json().withBody("[1]")));

    DownloadResult result = downloader().download(url("/old/export.json"), null, target);

    assertInstanceOf(DownloadResult.Downloaded.class, result);
    assertEquals("[1]", Files.readString(target, StandardCharsets.UTF_8));
    assertOnlyTargetInDirectory();
  }

  @Test
  void refusesRedirectToAForeignHostWithoutContactingIt() throws Exception {
    WireMockServer foreign = new WireMockServer(wireMockConfig().dynamicPort());
    foreign.start();
    try {
      foreign.stubFor(get(anyUrl()).willReturn(json().withBody("[]")));
      String elsewhere = "http://localhost:" + foreign.port() + "/export.json";
      ema.stubFor(
          get(EXPORT).willReturn(aResponse().withStatus(302).withHeader("Location", elsewhere)));

      DownloadResult.Failed failed = assertInstanceOf(DownloadResult.Failed.class, download());

      assertEquals(
          "redirect to foreign host localhost:" + foreign.port() + " refused", failed.error());
      foreign.verify(0, anyRequestedFor(anyUrl()));
      assertNothingWritten();
    } finally {
      foreign.stop();
    }
  }

  @Test
  void reportsAClientErrorWithoutWritingAnything() throws Exception {
    ema.stubFor(get(EXPORT).willReturn(json().withStatus(404).withBody("{\"error\":\"gone\"}")));

    DownloadResult.Failed failed = assertInstanceOf(DownloadResult.Failed.class, download());

    assertTrue(failed.error().startsWith("EMA answered HTTP 404"), failed.error());
    assertNothingWritten();
  }

  @Test
  void boundsTheWholeDownloadByTheDownloadTimeout() throws Exception {
    exports.downloadTimeout = Duration.ofMillis(300);
    config.maxRetries = 0;
    ema.stubFor(
        get(EXPORT).willReturn(json().withBody("x".repeat(100)).withChunkedDribbleDelay(10, 1500)));

    DownloadResult.Failed failed = assertInstanceOf(DownloadResult.Failed.class, download());

    assertEquals("no complete response within PT0.3S (after 1 attempt)", failed.error());
    assertNothingWritten();
  }
}

package io.eparwatch.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

/** What the EMA stand-in answers for a page path. */
public final class StubPages {

  private StubPages() {}

  public static void serve(WireMockServer ema, String path, String html) {
    serve(ema, path, html, null);
  }

  /** Serves {@code html}; with an ETag, a matching If-None-Match gets a 304. */
  public static void serve(WireMockServer ema, String path, String html, String etag) {
    ResponseDefinitionBuilder page =
        aResponse()
            .withStatus(200)
            .withHeader("Content-Type", "text/html; charset=UTF-8")
            .withBody(html);
    if (etag != null) {
      page.withHeader("ETag", etag);
      ema.stubFor(
          get(urlPathEqualTo(path))
              .withHeader(
                  "If-None-Match", com.github.tomakehurst.wiremock.client.WireMock.equalTo(etag))
              .atPriority(1)
              .willReturn(aResponse().withStatus(304).withHeader("ETag", etag)));
    }
    ema.stubFor(get(urlPathEqualTo(path)).atPriority(5).willReturn(page));
  }

  public static void answer(WireMockServer ema, String path, ResponseDefinitionBuilder response) {
    ema.stubFor(get(urlPathEqualTo(path)).atPriority(5).willReturn(response));
  }
}

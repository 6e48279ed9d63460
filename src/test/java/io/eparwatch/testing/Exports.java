package io.eparwatch.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.UncheckedIOException;
import java.util.function.Predicate;

/** EMA's two exports for end-to-end tests: the real samples, edited the way EMA would edit them. */
public final class Exports {

  public static final String MEDICINES =
      "/en/documents/report/medicines-output-medicines_json-report_en.json";
  public static final String DOCUMENTS =
      "/en/documents/report/documents-output-epar_documents_json-report_en.json";

  private static final ObjectMapper JSON = new ObjectMapper();

  private Exports() {}

  public static ObjectNode medicines() {
    return read("exports/medicines-json-report-sample_approval-atlas.json");
  }

  /** The documents sample is the first 37 records of 72; its meta is made to say so. */
  public static ObjectNode documents() {
    ObjectNode export =
        read("exports/epar-documents-json-report-sample_approval-atlas_first37of72.json");
    recount(export);
    return export;
  }

  public static ObjectNode record(ObjectNode export, String field, String value) {
    for (JsonNode record : export.withArray("data")) {
      if (value.equals(record.path(field).asText())) {
        return (ObjectNode) record;
      }
    }
    throw new IllegalArgumentException("no record with " + field + " = " + value);
  }

  /** Adds a copy of a record, changed by the caller, and keeps meta.total_records right. */
  public static ObjectNode addCopy(ObjectNode export, ObjectNode record) {
    ObjectNode copy = record.deepCopy();
    export.withArray("data").add(copy);
    recount(export);
    return copy;
  }

  public static void remove(ObjectNode export, Predicate<JsonNode> which) {
    ArrayNode data = export.withArray("data");
    for (int i = data.size() - 1; i >= 0; i--) {
      if (which.test(data.get(i))) {
        data.remove(i);
      }
    }
    recount(export);
  }

  public static void recount(ObjectNode export) {
    ((ObjectNode) export.get("meta")).put("total_records", export.withArray("data").size());
  }

  public static void serve(WireMockServer ema, String path, String body) {
    ema.stubFor(
        get(urlPathEqualTo(path))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody(body)));
  }

  public static void serve(WireMockServer ema, String path, JsonNode export) {
    serve(ema, path, export.toString());
  }

  /** Serves both samples, unchanged, in place of anything served before. */
  public static void serveSamples(WireMockServer ema) {
    ema.resetAll();
    serve(ema, MEDICINES, medicines());
    serve(ema, DOCUMENTS, documents());
  }

  /** Serves the export with an ETag; a request carrying it gets a 304. */
  public static void serveWithEtag(WireMockServer ema, String path, JsonNode export, String etag) {
    ema.stubFor(
        get(urlPathEqualTo(path))
            .atPriority(5)
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withHeader("ETag", etag)
                    .withBody(export.toString())));
    ema.stubFor(
        get(urlPathEqualTo(path))
            .atPriority(1)
            .withHeader(
                "If-None-Match", com.github.tomakehurst.wiremock.client.WireMock.equalTo(etag))
            .willReturn(aResponse().withStatus(304).withHeader("ETag", etag)));
  }

  private static ObjectNode read(String resource) {
    try {
      return (ObjectNode) JSON.readTree(Fixtures.read(resource));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}

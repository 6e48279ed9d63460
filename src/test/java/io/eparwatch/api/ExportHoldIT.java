package io.eparwatch.api;

import static io.eparwatch.testing.Api.changes;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.eparwatch.testing.Database;
import io.eparwatch.testing.EmaStub;
import io.eparwatch.testing.EmaStub.InjectEmaStub;
import io.eparwatch.testing.Exports;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * On the real export samples: a value gone and a product missing from the documents export make no
 * event at once; a 304 confirms what the last download held, as a page's 304 does.
 */
@QuarkusTest
@QuarkusTestResource(EmaStub.class)
class ExportHoldIT {

  private static final String TYRUKO = "EMEA/H/C/005752";

  @InjectEmaStub WireMockServer ema;
  @Inject EntityManager em;

  @BeforeEach
  void freshState() {
    Database.reset(em);
    ema.resetAll();
  }

  @Test
  void aValueGoneIsHeldThenConfirmedByTheNextExport() {
    Exports.serveSamples(ema);
    ingest();
    Exports.serve(ema, Exports.MEDICINES, withoutRevision());
    ingest().body("medicines.outcome", equalTo("INGESTED")).body("changes", equalTo(0));
    changes("").body("", empty());
    ingest().body("changes", equalTo(1));
    changes("product=tyruko")
        .body("", hasSize(1))
        .body("[0].field", equalTo("revision"))
        .body("[0].before", equalTo("4"))
        .body("[0].after", nullValue());
  }

  @Test
  void aValueBackBeforeConfirmationIsNoChange() {
    Exports.serveSamples(ema);
    ingest();
    Exports.serve(ema, Exports.MEDICINES, withoutRevision());
    ingest().body("changes", equalTo(0));
    Exports.serve(ema, Exports.MEDICINES, Exports.medicines());
    ingest().body("changes", equalTo(0));
    ingest().body("changes", equalTo(0));
    changes("").body("", empty());
  }

  @Test
  void aKeyRenamedInAFewRecordsKeepsTheirValuesEndToEnd() {
    ObjectNode medicines = Exports.medicines();
    for (int i = 0; i < 40; i++) {
      Exports.addCopy(medicines, (ObjectNode) medicines.withArray("data").get(0))
          .put("ema_product_number", "EMEA/H/C/9" + (10_000 + i))
          .put("medicine_url", "https://www.ema.europa.eu/en/medicines/human/EPAR/copy-" + i);
    }
    Exports.serve(ema, Exports.MEDICINES, medicines);
    Exports.serve(ema, Exports.DOCUMENTS, Exports.documents());
    ingest().body("medicines.records", equalTo(61));
    ObjectNode renamed = medicines.deepCopy();
    for (String product : new String[] {TYRUKO, "EMEA/H/C/004090"}) {
      ObjectNode record = Exports.record(renamed, "ema_product_number", product);
      record.set("opinion_adopted_on", record.remove("opinion_adopted_date"));
    }
    Exports.serve(ema, Exports.MEDICINES, renamed);
    ingest()
        .body("medicines.outcome", equalTo("INGESTED"))
        .body("medicines.kept", equalTo(2))
        .body("changes", equalTo(0));
    ingest().body("medicines.kept", equalTo(2)).body("changes", equalTo(0));
    Exports.serve(ema, Exports.MEDICINES, medicines);
    ingest().body("medicines.kept", equalTo(0)).body("changes", equalTo(0));
    changes("").body("", empty());
  }

  @Test
  void aProductMissingFromOneDocumentsExportKeepsItsDocuments() {
    Exports.serveSamples(ema);
    ingest();
    ObjectNode documents = Exports.documents();
    Exports.remove(documents, record -> record.path("name").asText().startsWith("Kymriah"));
    Exports.serve(ema, Exports.DOCUMENTS, documents);
    ingest().body("documents.outcome", equalTo("INGESTED")).body("changes", equalTo(0));
    ingest().body("changes", equalTo(0));
    Exports.serve(ema, Exports.DOCUMENTS, Exports.documents());
    ingest().body("changes", equalTo(0));
    changes("").body("", empty());
  }

  @Test
  void anExportNotModifiedConfirmsWhatTheLastOneHeld() {
    Exports.serveWithEtag(ema, Exports.MEDICINES, Exports.medicines(), "\"m1\"");
    Exports.serveWithEtag(ema, Exports.DOCUMENTS, Exports.documents(), "\"d1\"");
    ingest();
    ObjectNode documents = Exports.documents();
    Exports.remove(documents, record -> "35562".equals(record.path("id").asText()));
    ema.resetAll();
    Exports.serveWithEtag(ema, Exports.DOCUMENTS, documents, "\"d2\"");
    Exports.serveWithEtag(ema, Exports.MEDICINES, withoutRevision(), "\"m2\"");
    ingest()
        .body("medicines.outcome", equalTo("INGESTED"))
        .body("documents.outcome", equalTo("INGESTED"))
        .body("changes", equalTo(0));
    changes("").body("", empty());
    ingest()
        .body("medicines.outcome", equalTo("NOT_MODIFIED"))
        .body("documents.outcome", equalTo("NOT_MODIFIED"))
        .body("changes", equalTo(2));
    changes("type=DOCUMENT_REMOVED")
        .body("", hasSize(1))
        .body("[0].documentTitle", equalTo("Twinrix Adult : EPAR - Scientific Discussion"));
    changes("type=FIELD_CHANGED").body("", hasSize(1)).body("[0].field", equalTo("revision"));
    ingest().body("changes", equalTo(0));
  }

  @Test
  void manyMedicinesLosingValuesAtOnceRejectTheDownload() {
    Exports.serveSamples(ema);
    ingest();
    ObjectNode medicines = Exports.medicines();
    medicines.withArray("data").forEach(r -> ((ObjectNode) r).put("revision_number", ""));
    Exports.serve(ema, Exports.MEDICINES, medicines);
    ingest()
        .body("medicines.outcome", equalTo("REJECTED"))
        .body(
            "medicines.error",
            equalTo("14 of 21 medicines lost field values at once (more than 20%)"))
        .body("changes", equalTo(0));
    changes("").body("", empty());
  }

  /** Tyruko's revision is sent empty: a value that had a value and now has none. */
  private static ObjectNode withoutRevision() {
    ObjectNode medicines = Exports.medicines();
    Exports.record(medicines, "ema_product_number", TYRUKO).put("revision_number", "");
    return medicines;
  }

  private static ValidatableResponse ingest() {
    return given().post("/api/exports/check").then().statusCode(200);
  }
}

package io.eparwatch.feed;

import io.eparwatch.change.ChangeEvent;
import io.eparwatch.change.ChangeType;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Instant;

/** Change events stored directly, for values the pipeline would never produce on its own. */
final class StoredEvents {

  private StoredEvents() {}

  static ChangeEvent event(String slug, ChangeType type, Instant detectedAt) {
    ChangeEvent event = new ChangeEvent();
    event.product = slug;
    event.productNumber = "EMEA/H/C/" + Math.abs(slug.hashCode() % 1_000_000);
    event.productName = Character.toUpperCase(slug.charAt(0)) + slug.substring(1);
    event.type = type;
    event.detectedAt = detectedAt;
    event.sources = "page";
    event.atcCode = "L01XX51";
    event.holder = "Amgen Europe B.V.";
    if (type != ChangeType.FIELD_CHANGED && type != ChangeType.MEDICINE_ADDED) {
      event.documentKey = "/en/documents/product-information/" + slug + "-epar-pi_en.pdf";
      event.documentTitle = event.productName + " : EPAR - Product Information";
      event.documentUrl = "https://www.ema.europa.eu" + event.documentKey;
    }
    if (type == ChangeType.DOCUMENT_UPDATED) {
      event.field = "lastUpdated";
      event.before = "2025-10-06";
      event.after = "2026-11-14";
    }
    return event;
  }

  static ChangeEvent store(ChangeEvent event) {
    QuarkusTransaction.requiringNew().run(event::persist);
    return event;
  }

  /** Another source reports the same change: what {@code ChangeLog} does to the stored event. */
  static void merge(long id, String source) {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              ChangeEvent event = ChangeEvent.findById(id);
              event.sources = event.sources + "," + source;
            });
  }
}

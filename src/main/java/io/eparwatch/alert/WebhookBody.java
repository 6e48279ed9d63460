package io.eparwatch.alert;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.eparwatch.change.ChangeEvent;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;

/**
 * The JSON a webhook receives: {@code {"delivery": id, "events": [...]}}, fields in a fixed order
 * and times as ISO instants, so that the same delivery gives the same bytes on every attempt (as
 * long as its events are unchanged: {@code sources} grows when the other source reports the same
 * change later).
 */
final class WebhookBody {

  private static final ObjectMapper JSON = new ObjectMapper();

  private WebhookBody() {}

  static byte[] of(long deliveryId, List<ChangeEvent> events, URI publicUrl) {
    ObjectNode body = JSON.createObjectNode();
    body.put("delivery", deliveryId);
    ArrayNode array = body.putArray("events");
    String base = publicUrl.toString().replaceAll("/+$", "");
    for (ChangeEvent event : events) {
      ObjectNode node = array.addObject();
      node.put("id", event.id);
      node.put("product", event.product);
      node.put("productNumber", event.productNumber);
      node.put("productName", event.productName);
      node.put("type", event.type.name());
      node.put("documentKey", event.documentKey);
      node.put("documentTitle", event.documentTitle);
      node.put("documentUrl", event.documentUrl);
      node.put("language", event.language);
      node.put("field", event.field);
      node.put("before", event.before);
      node.put("after", event.after);
      node.put("detectedAt", text(event.detectedAt));
      ArrayNode sources = node.putArray("sources");
      event.sourceList().forEach(sources::add);
      node.put("versionId", event.versionId);
      node.put("previousVersionId", event.previousVersionId);
      node.put("url", base + "/changes/" + event.id);
    }
    try {
      return JSON.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String text(Instant instant) {
    return instant == null ? null : instant.toString();
  }
}

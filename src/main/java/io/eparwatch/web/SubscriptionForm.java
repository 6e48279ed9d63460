package io.eparwatch.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;

/**
 * The subscription form as it was posted: turned into the body of {@code POST /api/subscriptions},
 * and shown again with its values when it is refused, so that nobody types it twice.
 */
public record SubscriptionForm(
    String email,
    String mode,
    String product,
    String type,
    String atc,
    String holder,
    String source) {

  /** The form as first shown: a daily digest of anything. */
  static final SubscriptionForm EMPTY =
      new SubscriptionForm(null, "daily", null, null, null, null, null);

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Blank values as null, the others stripped; mode and source in the case the options use. */
  public SubscriptionForm {
    email = Forms.text(email);
    mode = lower(mode);
    product = Forms.text(product);
    type = Forms.text(type);
    atc = Forms.text(atc);
    holder = Forms.text(holder);
    source = lower(source);
  }

  /** The request body {@code SubscriptionRequest.read} takes. */
  ObjectNode body() {
    ObjectNode body = JSON.createObjectNode();
    put(body, "email", email);
    put(body, "mode", mode);
    ObjectNode filter = body.putObject("filter");
    if (product != null) {
      filter.putArray("products").add(product);
    }
    if (type != null) {
      filter.putArray("types").add(type);
    }
    put(filter, "atc", atc);
    put(filter, "holder", holder);
    put(filter, "source", source);
    return body;
  }

  private static void put(ObjectNode node, String name, String value) {
    if (value != null) {
      node.put(name, value);
    }
  }

  private static String lower(String value) {
    String text = Forms.text(value);
    return text == null ? null : text.toLowerCase(Locale.ROOT);
  }
}

package io.eparwatch.alert;

import com.fasterxml.jackson.databind.JsonNode;
import io.eparwatch.alert.Subscription.Mode;
import io.eparwatch.change.ChangeFilter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What {@code POST /api/subscriptions} asks for, read strictly: an unknown property, a value of the
 * wrong kind or a control character anywhere is refused with a sentence, so that nothing half
 * understood is stored or mailed.
 *
 * @param email lower case
 */
public record SubscriptionRequest(String email, Mode mode, ChangeFilter filter) {

  private static final Set<String> FIELDS = Set.of("email", "mode", "filter");
  private static final Set<String> FILTER_FIELDS =
      Set.of("products", "types", "atc", "holder", "source");
  private static final int MAX_EMAIL_LENGTH = 254;

  /**
   * One address and nothing else: a local part of the usual unquoted characters, an at sign, and a
   * domain of at least two labels. No spaces, quotes, commas or angle brackets: never a list.
   */
  private static final Pattern EMAIL =
      Pattern.compile(
          "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}"
              + "@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
              + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

  /** A request that cannot be accepted; its message is a sentence for the person who sent it. */
  public static final class Invalid extends IllegalArgumentException {
    Invalid(String message) {
      super(message);
    }
  }

  /**
   * Reads a request body.
   *
   * @throws Invalid naming what is wrong
   */
  public static SubscriptionRequest read(JsonNode body) {
    if (body == null || !body.isObject()) {
      throw new Invalid("The request body must be a JSON object with email, mode and filter.");
    }
    onlyKnown(body, FIELDS, "");
    String email = email(text(body, "email"));
    Mode mode = mode(text(body, "mode"));
    JsonNode filter = body.get("filter");
    if (filter == null || filter.isNull()) {
      return new SubscriptionRequest(email, mode, ChangeFilter.ANY);
    }
    if (!filter.isObject()) {
      throw new Invalid("filter must be a JSON object (products, types, atc, holder, source).");
    }
    onlyKnown(filter, FILTER_FIELDS, "filter ");
    try {
      return new SubscriptionRequest(
          email,
          mode,
          ChangeFilter.of(
              products(texts(filter, "products")),
              texts(filter, "types"),
              text(filter, "atc"),
              text(filter, "holder"),
              text(filter, "source")));
    } catch (ChangeFilter.Invalid e) {
      throw new Invalid(e.getMessage());
    }
  }

  static String email(String value) {
    if (value == null || value.isBlank()) {
      throw new Invalid("email is required.");
    }
    if (value.length() > MAX_EMAIL_LENGTH || !EMAIL.matcher(value).matches()) {
      throw new Invalid(
          "email must be one address such as name@example.org"
              + " (no spaces, no list, at most 254 characters).");
    }
    return value.toLowerCase(Locale.ROOT);
  }

  private static Mode mode(String value) {
    if (value == null || value.isBlank()) {
      throw new Invalid("mode is required: IMMEDIATE, DAILY or WEEKLY.");
    }
    try {
      return Mode.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new Invalid("mode must be IMMEDIATE, DAILY or WEEKLY.");
    }
  }

  private static List<String> products(List<String> products) {
    for (String product : products) {
      if (product.contains(",")) {
        throw new Invalid("Name one product per entry of products (no commas).");
      }
    }
    return products;
  }

  private static void onlyKnown(JsonNode object, Set<String> known, String where) {
    for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!known.contains(name)) {
        throw new Invalid(
            "Unknown "
                + where
                + "field \""
                + ChangeFilter.echoed(name)
                + "\"; known: "
                + known
                + ".");
      }
    }
  }

  private static String text(JsonNode object, String name) {
    JsonNode value = object.get(name);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw new Invalid(name + " must be a string.");
    }
    return noLineBreaks(name, value.asText());
  }

  private static List<String> texts(JsonNode object, String name) {
    JsonNode value = object.get(name);
    List<String> texts = new ArrayList<>();
    if (value == null || value.isNull()) {
      return texts;
    }
    if (!value.isArray()) {
      throw new Invalid(name + " must be a list of strings.");
    }
    for (JsonNode item : value) {
      if (!item.isTextual()) {
        throw new Invalid(name + " must be a list of strings.");
      }
      texts.add(noLineBreaks(name, item.asText()));
    }
    return texts;
  }

  private static String noLineBreaks(String name, String value) {
    if (value.chars().anyMatch(Character::isISOControl)) {
      throw new Invalid(name + " must not contain line breaks or other control characters.");
    }
    return value;
  }
}

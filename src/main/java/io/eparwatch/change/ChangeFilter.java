package io.eparwatch.change;

import io.eparwatch.snapshot.Source;
import io.quarkus.panache.common.Parameters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which changes someone wants: the one filter of feeds, subscriptions, webhooks and the dashboard.
 * Every part is optional; the parts combine with "and", the values of one part with "or".
 *
 * @param products slugs or EMA product numbers
 * @param atc an ATC code prefix, upper case ({@code L01} matches {@code L01XX51})
 * @param holder part of the marketing-authorisation holder's name, any case
 * @param source only changes reported by this source (null: either)
 */
public record ChangeFilter(
    Set<String> products, Set<ChangeType> types, String atc, String holder, Source source) {

  public static final ChangeFilter ANY = new ChangeFilter(Set.of(), Set.of(), null, null, null);

  private static final int MAX_VALUES = 100;
  private static final int MAX_LENGTH = 200;
  private static final Pattern ATC = Pattern.compile("[A-Z][0-9A-Z]{0,6}");
  private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

  public ChangeFilter {
    products = Set.copyOf(products);
    types = Set.copyOf(types);
  }

  /** A filter value that cannot be used; its message is a sentence for the person who sent it. */
  public static final class Invalid extends IllegalArgumentException {
    Invalid(String message) {
      super(message);
    }
  }

  /**
   * Reads a filter as people type it (query parameters, JSON); null or blank means "any".
   *
   * @throws Invalid naming the value that is not understood
   */
  public static ChangeFilter of(
      Collection<String> products,
      Collection<String> types,
      String atc,
      String holder,
      String source) {
    return new ChangeFilter(
        productsOf(products), typesOf(types), atcOf(atc), holderOf(holder), sourceOf(source));
  }

  /**
   * What someone typed, as an error message quotes it: control characters (a line break) as {@code
   * ?}, at most 40 characters. Markup is left to whoever renders the message (JSON, Qute).
   */
  public static String echoed(String value) {
    String printable = CONTROL.matcher(value.strip()).replaceAll("?");
    return printable.length() > 40 ? printable.substring(0, 40) + "…" : printable;
  }

  public boolean isAny() {
    return equals(ANY);
  }

  public boolean matches(ChangeEvent event) {
    return (products.isEmpty()
            || products.contains(event.product)
            || products.contains(event.productNumber))
        && (types.isEmpty() || types.contains(event.type))
        && (atc == null || (event.atcCode != null && event.atcCode.startsWith(atc)))
        && (holder == null
            || (event.holder != null && event.holder.toLowerCase(Locale.ROOT).contains(holder)))
        && (source == null || event.sourceList().contains(source.label()));
  }

  /**
   * The filter as a JPQL condition on {@link ChangeEvent} ({@code "1 = 1"} for any), its values
   * added to {@code params}.
   */
  public String where(Parameters params) {
    List<String> where = new ArrayList<>();
    where.add("1 = 1");
    if (!products.isEmpty()) {
      where.add("(product in :fProducts or productNumber in :fProducts)");
      params.and("fProducts", products);
    }
    if (!types.isEmpty()) {
      where.add("type in :fTypes");
      params.and("fTypes", types);
    }
    if (atc != null) {
      where.add("atcCode like :fAtc");
      params.and("fAtc", atc + "%");
    }
    if (holder != null) {
      where.add("lower(holder) like :fHolder escape '\\'");
      params.and("fHolder", "%" + holder.replaceAll("([\\\\%_])", "\\\\$1") + "%");
    }
    if (source != null) {
      where.add("sources like :fSource");
      params.and("fSource", "%" + source.label() + "%");
    }
    return String.join(" and ", where);
  }

  private static Set<String> productsOf(Collection<String> values) {
    Set<String> products = new LinkedHashSet<>();
    for (String value : values == null ? List.<String>of() : values) {
      String product = text("product", value);
      if (product != null) {
        products.add(product);
      }
    }
    if (products.size() > MAX_VALUES) {
      throw new Invalid("A filter may name at most " + MAX_VALUES + " products.");
    }
    return products;
  }

  private static Set<ChangeType> typesOf(Collection<String> values) {
    Set<ChangeType> types = new LinkedHashSet<>();
    for (String value : values == null ? List.<String>of() : values) {
      String type = text("type", value);
      if (type == null) {
        continue;
      }
      try {
        types.add(ChangeType.valueOf(type.toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new Invalid(
            "Unknown change type \""
                + type
                + "\"; known types: "
                + List.of(ChangeType.values())
                + ".");
      }
    }
    return types;
  }

  private static String atcOf(String value) {
    String atc = text("ATC code", value);
    if (atc == null) {
      return null;
    }
    atc = atc.toUpperCase(Locale.ROOT);
    if (!ATC.matcher(atc).matches()) {
      throw new Invalid(
          "\"" + atc + "\" is not an ATC code or its beginning (e.g. L01 or L01XX51).");
    }
    return atc;
  }

  private static String holderOf(String value) {
    String holder = text("holder", value);
    return holder == null ? null : holder.toLowerCase(Locale.ROOT);
  }

  private static Source sourceOf(String value) {
    String source = text("source", value);
    if (source == null) {
      return null;
    }
    for (Source candidate : Source.values()) {
      if (candidate.label().equalsIgnoreCase(source)) {
        return candidate;
      }
    }
    throw new Invalid("Unknown source \"" + source + "\": use page or export.");
  }

  /** The trimmed value, null when blank; refuses control characters and overlong values. */
  private static String text(String what, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    if (CONTROL.matcher(value).find()) {
      throw new Invalid("The " + what + " filter must not contain control characters.");
    }
    String trimmed = value.strip();
    if (trimmed.length() > MAX_LENGTH) {
      throw new Invalid("The " + what + " filter is longer than " + MAX_LENGTH + " characters.");
    }
    return trimmed;
  }
}

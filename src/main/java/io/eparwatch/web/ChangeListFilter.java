package io.eparwatch.web;

import io.eparwatch.change.ChangeFilter;
import io.eparwatch.change.ChangeType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The filters of the recent-changes page as typed in the URL, kept as typed for the form and the
 * links, and read into a {@link ChangeFilter} and a date range.
 */
public record ChangeListFilter(
    String product,
    String type,
    String atc,
    String holder,
    String source,
    String from,
    String to,
    ChangeFilter filter,
    LocalDate fromDate,
    LocalDate toDate) {

  /** Reads the page's query parameters; a value that cannot be used is a 400 in words. */
  static ChangeListFilter of(
      String product,
      String type,
      String atc,
      String holder,
      String source,
      String from,
      String to) {
    ChangeFilter filter;
    try {
      filter =
          ChangeFilter.of(
              product == null ? List.of() : List.of(product),
              type == null ? List.of() : List.of(type),
              atc,
              holder,
              source);
    } catch (ChangeFilter.Invalid e) {
      throw PageError.badRequest(e.getMessage());
    }
    return new ChangeListFilter(
        blank(product),
        blank(type),
        blank(atc),
        blank(holder),
        blank(source),
        blank(from),
        blank(to),
        filter,
        date("from", from),
        date("to", to));
  }

  Instant fromInstant() {
    return fromDate == null ? null : fromDate.atStartOfDay(WebFormat.ZONE).toInstant();
  }

  /** The end of the "to" day: the range includes it. */
  Instant untilInstant() {
    return toDate == null ? null : toDate.plusDays(1).atStartOfDay(WebFormat.ZONE).toInstant();
  }

  /** The filters as a query string ({@code product=…&type=…}), empty when none. */
  public String query() {
    List<String> parts = filterParts();
    add(parts, "from", from);
    add(parts, "to", to);
    return String.join("&", parts);
  }

  /** The same filters for the Atom feed (which has no date range). */
  public String feedLink() {
    List<String> parts = filterParts();
    return "/feeds/changes.atom" + (parts.isEmpty() ? "" : "?" + String.join("&", parts));
  }

  private List<String> filterParts() {
    List<String> parts = new ArrayList<>();
    add(parts, "product", product);
    add(parts, "type", type);
    add(parts, "atc", atc);
    add(parts, "holder", holder);
    add(parts, "source", source);
    return parts;
  }

  public boolean isAny() {
    return filter.isAny() && fromDate == null && toDate == null;
  }

  /** A choice of the type menu: the enum name and how people read it. */
  public record Option(String value, String label) {}

  public List<Option> types() {
    return List.of(ChangeType.values()).stream()
        .map(t -> new Option(t.name(), t.name().replace('_', ' ').toLowerCase(Locale.ROOT)))
        .toList();
  }

  private static void add(List<String> parts, String name, String value) {
    if (value != null) {
      parts.add(name + "=" + Links.encode(value));
    }
  }

  private static String blank(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static LocalDate date(String name, String value) {
    String text = blank(value);
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw PageError.badRequest(
          "The \"" + name + "\" date must be written as year-month-day, e.g. 2025-10-06.");
    }
  }
}

package io.eparwatch.catalogue;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A search of the catalogue. {@code q} matches name, INN, active substance or product number;
 * {@code atc} is a code prefix; {@code holder} a part of the holder's name; {@code status} and
 * {@code category} match whole values; all case-insensitive.
 */
public record CatalogueQuery(
    String q, String atc, String holder, String status, String category, int page, int size) {

  /** One page of results and the total number of matches. */
  public record Result(List<Medicine> items, long total) {}

  public Result run() {
    List<String> where = new ArrayList<>();
    Parameters params = new Parameters();
    if (q != null) {
      where.add(
          "(lower(name) like :q escape '!' or lower(inn) like :q escape '!'"
              + " or lower(activeSubstance) like :q escape '!'"
              + " or lower(productNumber) like :q escape '!')");
      params.and("q", "%" + literal(q) + "%");
    }
    condition(
        where,
        params,
        "atc",
        "lower(atcCode) like :atc escape '!'",
        atc == null ? null : literal(atc) + "%");
    condition(
        where,
        params,
        "holder",
        "lower(holder) like :holder escape '!'",
        holder == null ? null : "%" + literal(holder) + "%");
    condition(
        where, params, "status", "lower(status) = :status", status == null ? null : lower(status));
    condition(
        where,
        params,
        "category",
        "lower(category) = :category",
        category == null ? null : lower(category));
    var query =
        Medicine.<Medicine>find(
            String.join(" and ", where), Sort.by("name").and("productNumber"), params);
    return new Result(query.page(Page.of(page, size)).list(), query.count());
  }

  private static void condition(
      List<String> where, Parameters params, String name, String clause, String value) {
    if (value != null) {
      where.add(clause);
      params.and(name, value);
    }
  }

  /**
   * Lower case, with {@code %} and {@code _} matching themselves in a {@code like ... escape '!'}.
   */
  private static String literal(String value) {
    return lower(value).replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }

  private static String lower(String value) {
    return value.toLowerCase(Locale.ROOT);
  }
}

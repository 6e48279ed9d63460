package io.eparwatch.feed;

import io.eparwatch.change.ChangeEvent;
import io.eparwatch.change.ChangeFilter;
import io.quarkus.panache.common.Parameters;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The newest stored events a filter matches. A product filter matches the slug or the product
 * number; asked as one {@code or} the database scans every event, so each column is asked on its
 * own through its index and the two answers are merged.
 */
final class NewestEvents {

  private static final String NEWEST_FIRST = " order by detectedAt desc, id desc";
  private static final Comparator<ChangeEvent> NEWEST =
      Comparator.comparing((ChangeEvent e) -> e.detectedAt).thenComparing(e -> e.id).reversed();

  private NewestEvents() {}

  static List<ChangeEvent> of(ChangeFilter filter, int limit) {
    if (filter.products().isEmpty()) {
      return query(filter, "", filter.products(), limit);
    }
    ChangeFilter rest =
        new ChangeFilter(Set.of(), filter.types(), filter.atc(), filter.holder(), filter.source());
    Map<Long, ChangeEvent> events = new LinkedHashMap<>();
    for (String column : List.of("product", "productNumber")) {
      for (ChangeEvent event : query(rest, column, filter.products(), limit)) {
        events.putIfAbsent(event.id, event);
      }
    }
    return events.values().stream().sorted(NEWEST).limit(limit).toList();
  }

  private static List<ChangeEvent> query(
      ChangeFilter filter, String productColumn, Set<String> products, int limit) {
    Parameters params = new Parameters();
    String where = filter.where(params);
    if (!productColumn.isEmpty()) {
      where += " and " + productColumn + " in :nProducts";
      params.and("nProducts", products);
    }
    return ChangeEvent.<ChangeEvent>find(where + NEWEST_FIRST, params).page(0, limit).list();
  }
}

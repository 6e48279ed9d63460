package io.eparwatch.change;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import java.time.Instant;
import java.util.List;

/**
 * One page of change events, newest first: those matching {@code filter}, detected at or after
 * {@code from} and before {@code until} (either may be null).
 */
public record ChangeQuery(ChangeFilter filter, Instant from, Instant until, int page, int size) {

  /** One page of events and the total number of matches. */
  public record Result(List<ChangeEvent> items, long total) {}

  public Result run() {
    Parameters params = new Parameters();
    var query =
        ChangeEvent.<ChangeEvent>find(where(params) + " order by detectedAt desc, id desc", params);
    return new Result(query.page(Page.of(page, size)).list(), query.count());
  }

  /** How many events match, without loading them. */
  public long count() {
    Parameters params = new Parameters();
    return ChangeEvent.count(where(params), params);
  }

  private String where(Parameters params) {
    StringBuilder where = new StringBuilder(filter.where(params));
    if (from != null) {
      where.append(" and detectedAt >= :from");
      params.and("from", from);
    }
    if (until != null) {
      where.append(" and detectedAt < :until");
      params.and("until", until);
    }
    return where.toString();
  }
}

package io.eparwatch.api;

import io.eparwatch.change.ChangeFilter;
import io.eparwatch.change.ChangeType;
import java.util.List;

/**
 * A {@link ChangeFilter} as the API shows it (subscriptions, webhooks): sorted, source in words.
 */
record FilterView(
    List<String> products, List<ChangeType> types, String atc, String holder, String source) {

  static FilterView of(ChangeFilter filter) {
    return new FilterView(
        filter.products().stream().sorted().toList(),
        filter.types().stream().sorted().toList(),
        filter.atc(),
        filter.holder(),
        filter.source() == null ? null : filter.source().label());
  }
}

package io.eparwatch.web;

import io.eparwatch.change.ChangeEvent;
import io.eparwatch.change.ChangeWording;
import java.time.Instant;
import java.util.List;

/**
 * One change as a row of the dashboard: who, what in plain words, before → after, by whom, when.
 */
public record ChangeRow(
    long id,
    String productKey,
    String productName,
    String what,
    String before,
    String after,
    List<String> sources,
    Instant detectedAt) {

  static ChangeRow of(ChangeEvent e) {
    return new ChangeRow(
        e.id,
        e.product != null ? e.product : e.productNumber,
        ChangeWording.productName(e),
        ChangeWording.what(e),
        ChangeWording.value(e.before),
        ChangeWording.value(e.after),
        e.sourceList(),
        e.detectedAt);
  }

  /** Before → after on a line of its own, unless the words already say them. */
  public boolean showsValues() {
    return (before != null || after != null) && !what.contains(" → ");
  }

  public String changeLink() {
    return "/changes/" + id;
  }

  public String productLink() {
    return Links.product(productKey);
  }
}

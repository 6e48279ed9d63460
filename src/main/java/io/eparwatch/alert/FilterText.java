package io.eparwatch.alert;

import io.eparwatch.change.ChangeFilter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** A filter in words, for the confirmation mail and the pages: "products: imlygic; ATC: L01". */
final class FilterText {

  private FilterText() {}

  static String of(ChangeFilter filter) {
    if (filter.isAny()) {
      return "all changes";
    }
    List<String> parts = new ArrayList<>();
    if (!filter.products().isEmpty()) {
      parts.add(
          "products: " + filter.products().stream().sorted().collect(Collectors.joining(", ")));
    }
    if (!filter.types().isEmpty()) {
      parts.add(
          "types: "
              + filter.types().stream()
                  .map(t -> MailWording.typeHeading(t).toLowerCase(java.util.Locale.ROOT))
                  .sorted()
                  .collect(Collectors.joining(", ")));
    }
    if (filter.atc() != null) {
      parts.add("ATC code starting with " + filter.atc());
    }
    if (filter.holder() != null) {
      parts.add("holder containing \"" + filter.holder() + "\"");
    }
    if (filter.source() != null) {
      parts.add("reported by the " + filter.source().label());
    }
    return String.join("; ", parts);
  }
}

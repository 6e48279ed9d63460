package io.eparwatch.export;

import java.util.HashMap;
import java.util.Map;

/**
 * One instance per distinct value within a download, so that 45,000 records share their few types,
 * statuses, product numbers and language lists instead of holding a copy each.
 */
final class Canonical {

  private final Map<Object, Object> seen = new HashMap<>();

  @SuppressWarnings("unchecked")
  <V> V of(V value) {
    if (value == null) {
      return null;
    }
    Object earlier = seen.putIfAbsent(value, value);
    return earlier == null ? value : (V) earlier;
  }
}

package io.eparwatch.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Counts, per key the mapping reads, the records where it is missing or holds a value in no known
 * form. Many such records mean EMA changed the export (the download is refused, naming the key); a
 * few mean a few bad records, whose unreadable fields are kept as they were.
 */
final class DriftTally {

  private final Map<String, ValueFormat> keys;
  private final Map<String, int[]> missing = new LinkedHashMap<>();
  private final Map<String, int[]> unreadable = new LinkedHashMap<>();
  private final Map<String, String> example = new LinkedHashMap<>();

  DriftTally(Map<String, ValueFormat> keys) {
    this.keys = keys;
  }

  /** The keys of this record that are missing or unreadable, counted. */
  Set<String> observe(ObjectNode record) {
    Set<String> bad = new TreeSet<>();
    keys.forEach(
        (key, format) -> {
          JsonNode value = record.get(key);
          if (value == null) {
            if (!format.mayBeAbsent()) {
              increment(missing, key);
              bad.add(key);
            }
          } else if (!format.readable(value)) {
            increment(unreadable, key);
            example.putIfAbsent(key, shortened(value.toString()));
            bad.add(key);
          }
        });
    return bad;
  }

  /** The reason to refuse the download, or null when every key is drifted in at most maxShare. */
  String rejection(int records, double maxShare) {
    if (records == 0) {
      return null;
    }
    for (String key : keys.keySet()) {
      int gone = count(missing, key);
      int odd = count(unreadable, key);
      if (gone + odd > records * maxShare) {
        return gone >= odd
            ? String.format(
                "schema changed: key `%s` missing in %s of records", key, share(gone, records))
            : String.format(
                "schema changed: key `%s` has a value in no known format in %s of records (e.g. %s)",
                key, share(odd, records), example.get(key));
      }
    }
    return null;
  }

  private static void increment(Map<String, int[]> counts, String key) {
    counts.computeIfAbsent(key, k -> new int[1])[0]++;
  }

  private static int count(Map<String, int[]> counts, String key) {
    int[] count = counts.get(key);
    return count == null ? 0 : count[0];
  }

  /** EMA's value as shown in the reason, cut short: it may be anything, of any length. */
  private static String shortened(String json) {
    return json.length() <= 40 ? json : json.substring(0, 40) + "…";
  }

  private static String share(int count, int records) {
    return String.format(Locale.ROOT, "%.0f%%", 100.0 * count / records);
  }
}

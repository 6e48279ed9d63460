package io.eparwatch.export;

import java.util.List;

/** The outcome of reading one download: all of it, or nothing and the reason why. */
public sealed interface ExportRead<T> {

  /**
   * {@code skipped}: records left out (a required value blank, no readable product number, or an
   * identifier longer than its column). {@code kept}: records taken with some fields unreadable,
   * which keep their previous values.
   */
  record Accepted<T>(ExportMeta meta, List<T> records, int skipped, int kept)
      implements ExportRead<T> {

    public Accepted {
      records = List.copyOf(records);
    }
  }

  record Rejected<T>(String reason) implements ExportRead<T> {}
}

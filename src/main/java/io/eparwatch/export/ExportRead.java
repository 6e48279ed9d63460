package io.eparwatch.export;

import java.util.List;

/** The outcome of reading one download: all of it, or nothing and the reason why. */
public sealed interface ExportRead<T> {

  /**
   * {@code skipped}: records whose required values were present but blank, or that could not be
   * stored (an identifier longer than its column).
   */
  record Accepted<T>(ExportMeta meta, List<T> records, int skipped) implements ExportRead<T> {

    public Accepted {
      records = List.copyOf(records);
    }
  }

  record Rejected<T>(String reason) implements ExportRead<T> {}
}

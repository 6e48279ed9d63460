package io.eparwatch.export;

import java.util.List;
import java.util.Map;

/** What one export's records are called, which keys they must have, and how they become values. */
interface RecordMapper<T> {

  /** "medicine", "document": for messages. */
  String kind();

  /** Keys every record must carry; the first one names the record in messages. */
  List<String> requiredKeys();

  /** Every key {@link #map} reads, with the forms its values are known to take. */
  Map<String, ValueFormat> checkedKeys();

  T map(RecordFields fields);

  /**
   * Why a mapped record cannot be stored (an identifier longer than its column), or null. Such a
   * record is skipped and counted, and the rest of the export is applied.
   */
  default String unstorable(T record) {
    return null;
  }
}

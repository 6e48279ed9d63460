package io.eparwatch.export;

import java.util.List;

/** What one export's records are called, which keys they must have, and how they become values. */
interface RecordMapper<T> {

  /** "medicine", "document": for messages. */
  String kind();

  /** Keys every record must carry; the first one names the record in messages. */
  List<String> requiredKeys();

  T map(RecordFields fields);

  /**
   * Why a mapped record cannot be stored (an identifier longer than its column), or null. Such a
   * record is skipped and counted, and the rest of the export is applied.
   */
  default String unstorable(T record) {
    return null;
  }
}

package io.eparwatch.export;

import java.io.InputStream;

/**
 * Reads EMA's two JSON data exports as streams and guards them: a download is accepted whole or
 * rejected with a reason, never taken in part. {@code previousRecords} is the number of records
 * accepted from the previous download (0 when there was none); a download with fewer than {@code
 * minShare} of that (by default half) is rejected as shrunk. The stream is not closed.
 */
public final class ExportReader {

  /** The default of {@code eparwatch.exports.min-record-share}. */
  public static final double DEFAULT_MIN_SHARE = 0.5;

  private ExportReader() {}

  /** The medicines JSON report ({@code medicines-output-medicines_json-report_en.json}). */
  public static ExportRead<MedicineRecord> readMedicines(InputStream json, int previousRecords) {
    return readMedicines(json, previousRecords, DEFAULT_MIN_SHARE);
  }

  /** {@code minShare}: the share of the previous download's records below which it is refused. */
  public static ExportRead<MedicineRecord> readMedicines(
      InputStream json, int previousRecords, double minShare) {
    return ExportStream.read(json, previousRecords, minShare, new MedicineRecords());
  }

  /**
   * The EPAR documents JSON report ({@code documents-output-epar_documents_json-report_en.json}).
   */
  public static ExportRead<DocumentRecord> readDocuments(InputStream json, int previousRecords) {
    return readDocuments(json, previousRecords, DEFAULT_MIN_SHARE);
  }

  public static ExportRead<DocumentRecord> readDocuments(
      InputStream json, int previousRecords, double minShare) {
    return ExportStream.read(json, previousRecords, minShare, new DocumentRecords());
  }
}

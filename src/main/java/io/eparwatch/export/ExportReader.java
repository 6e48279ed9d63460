package io.eparwatch.export;

import java.io.InputStream;

/**
 * Reads EMA's two JSON data exports as streams and guards them: a download is accepted whole or
 * rejected with a reason, never taken in part. {@code previousRecords} is the number of records
 * accepted from the previous download (0 when there was none); see {@link ExportLimits} for when a
 * download is refused. The stream is not closed.
 */
public final class ExportReader {

  private ExportReader() {}

  /** The medicines JSON report ({@code medicines-output-medicines_json-report_en.json}). */
  public static ExportRead<MedicineRecord> readMedicines(InputStream json, int previousRecords) {
    return readMedicines(json, previousRecords, ExportLimits.DEFAULTS);
  }

  public static ExportRead<MedicineRecord> readMedicines(
      InputStream json, int previousRecords, ExportLimits limits) {
    return ExportStream.read(json, previousRecords, limits, new MedicineRecords());
  }

  /**
   * The EPAR documents JSON report ({@code documents-output-epar_documents_json-report_en.json}).
   */
  public static ExportRead<DocumentRecord> readDocuments(InputStream json, int previousRecords) {
    return readDocuments(json, previousRecords, ExportLimits.DEFAULTS);
  }

  public static ExportRead<DocumentRecord> readDocuments(
      InputStream json, int previousRecords, ExportLimits limits) {
    return ExportStream.read(json, previousRecords, limits, new DocumentRecords());
  }
}

package io.eparwatch.export;

import java.io.InputStream;

/**
 * Reads EMA's two JSON data exports as streams and guards them: a download is accepted whole or
 * rejected with a reason, never taken in part. {@code previousRecords} is the number of records
 * accepted from the previous download (0 when there was none); a download with fewer than half as
 * many is rejected as shrunk. The stream is not closed.
 */
public final class ExportReader {

  private ExportReader() {}

  /** The medicines JSON report ({@code medicines-output-medicines_json-report_en.json}). */
  public static ExportRead<MedicineRecord> readMedicines(InputStream json, int previousRecords) {
    return ExportStream.read(json, previousRecords, new MedicineRecords());
  }

  /** The EPAR documents JSON report ({@code documents-output-epar_documents_json-report_en.json}). */
  public static ExportRead<DocumentRecord> readDocuments(InputStream json, int previousRecords) {
    return ExportStream.read(json, previousRecords, new DocumentRecords());
  }
}

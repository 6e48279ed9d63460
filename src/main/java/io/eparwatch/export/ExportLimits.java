package io.eparwatch.export;

/**
 * When a download is refused whole. {@code minRecordShare}: fewer records than this share of the
 * previous download. {@code maxDriftShare}: a key the mapping reads is missing, or holds a value in
 * no known form, in more than this share of the records.
 */
public record ExportLimits(double minRecordShare, double maxDriftShare) {

  /** The defaults of {@code eparwatch.exports.min-record-share} and {@code max-drift-share}. */
  public static final ExportLimits DEFAULTS = new ExportLimits(0.5, 0.05);

  public ExportLimits withMinRecordShare(double share) {
    return new ExportLimits(share, maxDriftShare);
  }
}

package io.eparwatch.snapshot;

/**
 * Whose history a version belongs to: a watched page's (by watch) or an export product's (by EMA
 * product number). Each has its own version numbers, and versions are only compared within one.
 */
public record VersionKey(Source source, Long watchId, String productNumber) {

  public static VersionKey page(long watchId) {
    return new VersionKey(Source.PAGE, watchId, null);
  }

  public static VersionKey export(String productNumber) {
    return new VersionKey(Source.EXPORT, null, productNumber);
  }
}

package io.eparwatch.change;

/** Whose removals are held back: a watched page's, or an export product's. */
public record RemovalScope(Long watchId, String productNumber) {

  public static RemovalScope page(long watchId) {
    return new RemovalScope(watchId, null);
  }

  public static RemovalScope export(String productNumber) {
    return new RemovalScope(null, productNumber);
  }
}

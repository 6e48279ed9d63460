package io.eparwatch.change;

/**
 * The product a change belongs to: its slug (as in the EPAR URL), EMA product number and name, and
 * the ATC code and marketing-authorisation holder that subscriptions and feeds filter on (either
 * may be null when the source does not show it).
 */
public record ProductRef(
    String slug, String productNumber, String name, String atcCode, String holder) {

  public ProductRef(String slug, String productNumber, String name) {
    this(slug, productNumber, name, null, null);
  }
}

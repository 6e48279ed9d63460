package io.eparwatch.change;

/** What an observation is compared with. */
public enum Comparison {
  /** A full observation: diffed, removals and lost values held and confirmed. */
  FULL(RemovalConfirmation.Part.ALL),
  /** Only the fields were observed again: held removals wait for the documents. */
  FIELDS(RemovalConfirmation.Part.FIELDS),
  /** Only the documents were observed again: held field values wait for the fields. */
  DOCUMENTS(RemovalConfirmation.Part.DOCUMENTS),
  /** The first observation of this part of the product: stored, publishes nothing. */
  BASELINE(null);

  private final RemovalConfirmation.Part observed;

  Comparison(RemovalConfirmation.Part observed) {
    this.observed = observed;
  }

  /** The part of the product observed again; null for a baseline. */
  RemovalConfirmation.Part observed() {
    return observed;
  }
}

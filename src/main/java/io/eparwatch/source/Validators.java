package io.eparwatch.source;

/** Cache validators from the previous fetch of a page, sent back for a conditional GET. Both nullable. */
public record Validators(String etag, String lastModified) {

  public static Validators none() {
    return new Validators(null, null);
  }
}

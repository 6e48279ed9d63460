package io.eparwatch.watch;

import io.eparwatch.epar.EparPage;

/** What a fetched body is worth: a trustworthy page, or a suspect one with the reason. */
public sealed interface PageAssessment {

  String contentHash();

  record Good(EparPage page, String contentHash) implements PageAssessment {}

  /** {@code page} is null when the body did not parse as an EPAR page at all. */
  record Suspect(EparPage page, String contentHash, String reason) implements PageAssessment {}
}

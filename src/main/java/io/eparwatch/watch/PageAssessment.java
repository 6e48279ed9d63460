package io.eparwatch.watch;

import io.eparwatch.epar.EparPage;
import java.util.List;

/** What a fetched body is worth: a trustworthy page, or a suspect one with the reason. */
public sealed interface PageAssessment {

  String contentHash();

  /**
   * {@code problems}: what the parse left out of an otherwise trustworthy page, e.g. a document
   * entry whose English link could not be read.
   */
  record Good(EparPage page, String contentHash, List<String> problems) implements PageAssessment {

    public Good {
      problems = List.copyOf(problems);
    }

    public Good(EparPage page, String contentHash) {
      this(page, contentHash, List.of());
    }
  }

  /** {@code page} is null when the body did not parse as an EPAR page at all. */
  record Suspect(EparPage page, String contentHash, String reason) implements PageAssessment {}
}

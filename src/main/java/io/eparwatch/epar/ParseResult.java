package io.eparwatch.epar;

import java.util.List;

/**
 * The parser's verdict on a body: an EPAR page, or a reason why it is not one (or not reliably).
 */
public sealed interface ParseResult {

  /**
   * An EPAR page. {@code problems} names what was skipped, e.g. a document entry whose English link
   * could not be read: a few such entries are left out rather than guessed at.
   */
  record Parsed(EparPage page, List<String> problems) implements ParseResult {

    public Parsed {
      problems = List.copyOf(problems);
    }

    public Parsed(EparPage page) {
      this(page, List.of());
    }
  }

  /**
   * An EPAR page read only in part: too many of its document entries could not be read for the rest
   * to be trusted. {@code page} holds what was read.
   */
  record Unreliable(EparPage page, String reason, List<String> problems) implements ParseResult {

    public Unreliable {
      problems = List.copyOf(problems);
    }
  }

  record NotEparPage(String reason) implements ParseResult {}
}

package io.eparwatch.epar;

/** The parser's verdict on a body: an EPAR page, or a reason why it is not one. */
public sealed interface ParseResult {

  record Parsed(EparPage page) implements ParseResult {}

  record NotEparPage(String reason) implements ParseResult {}
}

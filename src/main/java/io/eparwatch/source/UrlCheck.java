package io.eparwatch.source;

import java.net.URI;

/** Verdict on a user-supplied watch URL: the canonical EPAR page it names, or why it is refused. */
public sealed interface UrlCheck {

  record Valid(URI canonicalUrl, String slug) implements UrlCheck {}

  record Invalid(String error) implements UrlCheck {}
}

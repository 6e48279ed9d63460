package io.eparwatch.watch;

import io.eparwatch.change.DocumentLossGuard;
import io.eparwatch.change.FieldLossGuard;
import io.eparwatch.epar.EparPage;
import io.eparwatch.epar.EparPageParser;
import io.eparwatch.epar.ParseResult;
import io.eparwatch.snapshot.ContentFingerprint;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The guards before events: parses a body and decides whether it can be diffed. */
@ApplicationScoped
public class PageAssessor {

  private static final Pattern CHARSET = Pattern.compile("charset=\"?([\\w.:-]+)");

  private final EparPageParser parser;
  private final DocumentLossGuard lossGuard;
  private final FieldLossGuard fieldLossGuard;

  public PageAssessor(
      EparPageParser parser, DocumentLossGuard lossGuard, FieldLossGuard fieldLossGuard) {
    this.parser = parser;
    this.lossGuard = lossGuard;
    this.fieldLossGuard = fieldLossGuard;
  }

  /** {@code previous} is the latest good version, if there is one. */
  public PageAssessment assess(
      byte[] body, String contentType, String pageUrl, Optional<EparPage> previous) {
    return assess(body, contentType, pageUrl, null, () -> previous);
  }

  /**
   * Asks for the latest good version only when the page differs from it: a page whose fingerprint
   * is {@code latestHash} cannot have lost anything since.
   */
  public PageAssessment assess(
      byte[] body,
      String contentType,
      String pageUrl,
      String latestHash,
      Supplier<Optional<EparPage>> latest) {
    Charset charset = charsetOf(contentType);
    ParseResult result = parser.parse(body, charset, pageUrl);
    if (result instanceof ParseResult.NotEparPage notEpar) {
      return new PageAssessment.Suspect(
          null, ContentFingerprint.ofText(new String(body, charset)), notEpar.reason());
    }
    if (result instanceof ParseResult.Unreliable unreliable) {
      EparPage page = unreliable.page();
      return new PageAssessment.Suspect(page, ContentFingerprint.of(page), unreliable.reason());
    }
    EparPage page = ((ParseResult.Parsed) result).page();
    String hash = ContentFingerprint.of(page);
    if (hash.equals(latestHash)) {
      return new PageAssessment.Good(page, hash);
    }
    Optional<String> suspicion =
        latest
            .get()
            .flatMap(p -> lossGuard.suspicion(p, page).or(() -> fieldLossGuard.suspicion(p, page)));
    return suspicion
        .<PageAssessment>map(reason -> new PageAssessment.Suspect(page, hash, reason))
        .orElseGet(() -> new PageAssessment.Good(page, hash));
  }

  static Charset charsetOf(String contentType) {
    if (contentType == null) {
      return StandardCharsets.UTF_8;
    }
    Matcher m = CHARSET.matcher(contentType.toLowerCase(Locale.ROOT));
    try {
      return m.find() ? Charset.forName(m.group(1)) : StandardCharsets.UTF_8;
    } catch (IllegalArgumentException unknownCharset) {
      return StandardCharsets.UTF_8;
    }
  }
}

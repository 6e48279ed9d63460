package io.eparwatch.watch;

import io.eparwatch.change.DocumentLossGuard;
import io.eparwatch.change.FieldLossGuard;
import io.eparwatch.config.EparWatchConfig;
import io.eparwatch.epar.EparPage;
import io.eparwatch.epar.EparPageParser;
import io.eparwatch.epar.ParseResult;
import io.eparwatch.snapshot.ContentFingerprint;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The page stage's guards, in the order a fetched body meets them: the parser's own ({@code
 * epar.PageGuard}: empty, truncated, not an EPAR page, too many unreadable document entries), then
 * {@link DocumentLossGuard} against the latest good version, then {@link #acceptedAfterRepeats}: a
 * suspect page that parsed is accepted once seen unchanged often enough. A page that fails one is
 * {@link PageAssessment.Suspect}: stored for inspection, never diffed. A new guard on a parsed page
 * belongs here; one on the HTML itself in {@code epar.PageGuard}.
 */
@ApplicationScoped
public class PageGuards {

  private static final Pattern CHARSET = Pattern.compile("charset=\"?([\\w.:-]+)");

  private final EparPageParser parser;
  private final DocumentLossGuard lossGuard;
  private final FieldLossGuard fieldLossGuard;
  private final int lossConfirmations;

  @Inject
  public PageGuards(
      EparPageParser parser,
      DocumentLossGuard lossGuard,
      FieldLossGuard fieldLossGuard,
      EparWatchConfig config) {
    this(parser, lossGuard, fieldLossGuard, config.guards().lossConfirmations());
  }

  /** {@code lossConfirmations}: identical sightings after which a page held for loss is taken. */
  public PageGuards(
      EparPageParser parser,
      DocumentLossGuard lossGuard,
      FieldLossGuard fieldLossGuard,
      int lossConfirmations) {
    this.parser = parser;
    this.lossGuard = lossGuard;
    this.fieldLossGuard = fieldLossGuard;
    this.lossConfirmations = lossConfirmations;
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
    ParseResult.Parsed parsed = (ParseResult.Parsed) result;
    EparPage page = parsed.page();
    String hash = ContentFingerprint.of(page);
    if (hash.equals(latestHash)) {
      return new PageAssessment.Good(page, hash, parsed.problems());
    }
    Optional<String> suspicion =
        latest
            .get()
            .flatMap(p -> lossGuard.suspicion(p, page).or(() -> fieldLossGuard.suspicion(p, page)));
    return suspicion
        .<PageAssessment>map(reason -> new PageAssessment.Suspect(page, hash, reason))
        .orElseGet(() -> new PageAssessment.Good(page, hash, parsed.problems()));
  }

  /**
   * Only a suspect page that parsed (held for document loss or unreadable entries, not one that is
   * no EPAR page) can be accepted, once seen unchanged often enough: {@code suspectHash} and {@code
   * suspectStreak} are the watch's last suspect sighting and how many times in a row it was seen.
   */
  public boolean acceptedAfterRepeats(
      PageAssessment.Suspect suspect, String suspectHash, int suspectStreak) {
    return suspect.page() != null
        && suspect.contentHash().equals(suspectHash)
        && suspectStreak + 1 >= lossConfirmations;
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

package io.eparwatch.snapshot;

import io.eparwatch.epar.EparDocument;
import io.eparwatch.epar.EparJson;
import io.eparwatch.epar.EparPage;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import org.jsoup.Jsoup;

/**
 * SHA-256 of a page's normalised content. For an EPAR page that is its model with documents in key
 * order, so tokens, nonces, cache-busters, whitespace and reordering never make a new version. For
 * anything else it is the visible text, whitespace collapsed.
 */
public final class ContentFingerprint {

  private static final Comparator<EparDocument> BY_KEY = Comparator.comparing(EparDocument::key);

  private ContentFingerprint() {}

  public static String of(EparPage page) {
    return sha256("epar:" + EparJson.write(normalised(page)));
  }

  public static String ofText(String html) {
    return sha256("text:" + Jsoup.parse(html).text());
  }

  static EparPage normalised(EparPage page) {
    return new EparPage(
        page.name(),
        page.status(),
        page.inn(),
        page.activeSubstance(),
        page.productNumber(),
        page.atcCode(),
        page.therapeuticArea(),
        page.pharmacotherapeuticGroup(),
        page.indication(),
        page.marketingAuthorisationHolder(),
        page.opinionAdopted(),
        page.authorisationIssued(),
        page.revision(),
        page.latestProcedure(),
        page.pageLastUpdated(),
        page.documents().stream().sorted(BY_KEY).toList());
  }

  private static String sha256(String content) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(content.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }
}

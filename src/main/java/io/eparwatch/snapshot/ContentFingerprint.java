package io.eparwatch.snapshot;

import io.eparwatch.epar.EparDocument;
import io.eparwatch.epar.EparJson;
import io.eparwatch.epar.EparPage;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import org.jsoup.Jsoup;

/**
 * SHA-256 of a page's normalised content. For an EPAR page that is its model with documents in key
 * order, so tokens, nonces, cache-busters, whitespace and reordering never make a new version. For
 * anything else it is the visible text, whitespace collapsed.
 */
public final class ContentFingerprint {

  private static final Comparator<EparDocument> BY_KEY =
      Comparator.comparing(EparDocument::key, Comparator.nullsFirst(Comparator.naturalOrder()));

  private ContentFingerprint() {}

  public static String of(EparPage page) {
    MessageDigest digest = sha256();
    digest.update("epar:".getBytes(StandardCharsets.UTF_8));
    EparJson.writeTo(
        new DigestOutputStream(OutputStream.nullOutputStream(), digest), normalised(page));
    return HexFormat.of().formatHex(digest.digest());
  }

  public static String ofText(String html) {
    MessageDigest digest = sha256();
    digest.update(("text:" + Jsoup.parse(html).text()).getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(digest.digest());
  }

  static EparPage normalised(EparPage page) {
    return page.withDocuments(sortedByKey(page.documents()));
  }

  private static List<EparDocument> sortedByKey(List<EparDocument> documents) {
    List<EparDocument> sorted = new ArrayList<>(documents);
    sorted.sort(BY_KEY);
    return sorted;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }
}

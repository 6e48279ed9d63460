package io.eparwatch.feed;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;

/**
 * A feed as served: its bytes, a strong entity tag computed from them (the same bytes on every
 * instance give the same tag) and its last modification, the newest entry's time in whole seconds.
 *
 * @param stamp the state of the events it was rendered from
 */
public record RenderedFeed(
    FeedFormat format, byte[] body, String etag, Instant lastModified, FeedState.Stamp stamp) {

  static RenderedFeed of(FeedFormat format, byte[] body, Instant updated, FeedState.Stamp stamp) {
    return new RenderedFeed(format, body, tagOf(body), updated, stamp);
  }

  private static String tagOf(byte[] body) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
      byte[] head = new byte[18];
      System.arraycopy(hash, 0, head, 0, head.length);
      return Base64.getUrlEncoder().withoutPadding().encodeToString(head);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}

package io.eparwatch.feed;

import java.net.URI;
import java.util.Locale;

/**
 * Absolute links from {@code eparwatch.public-url}, the address users reach the service at; entry
 * ids never depend on it (it can change), links do.
 */
final class FeedLinks {

  /** Fixed for ever: changing it would make every reader see every entry again. */
  static final String TAG_PREFIX = "tag:eparwatch,2026:";

  private final String base;

  FeedLinks(URI publicUrl) {
    String url = publicUrl.toString();
    this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  String home() {
    return base + "/";
  }

  String of(String pathAndQuery) {
    return base + pathAndQuery;
  }

  String change(long id) {
    return base + "/changes/" + id;
  }

  static String entryId(long eventId) {
    return TAG_PREFIX + "change/" + eventId;
  }

  static String feedId(String pathAndQuery) {
    return TAG_PREFIX + "feed" + pathAndQuery;
  }

  /** The document's address at EMA, only when it is an absolute http(s) URL. */
  static String document(String url) {
    if (url == null) {
      return null;
    }
    try {
      URI uri = new URI(url.strip());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      boolean web = (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
      return web ? uri.toASCIIString() : null;
    } catch (Exception notAUri) {
      return null;
    }
  }
}

package io.eparwatch.source;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * The fetch stage's guards: what a request to EMA and its answer must be before a body goes
 * further. Each verdict is null, or the reason for a person (the check then fails, or the export
 * run). The verdicts on a URL or a response are here; the bounds that must act while bytes flow
 * stay where they flow, and are listed here so that a new guard finds its place:
 *
 * <ul>
 *   <li>only the EMA host, for the first request and every redirect ({@link EmaUrls#isEmaHost});
 *   <li>at most {@link #MAX_REDIRECTS} redirects, each with a readable {@code Location};
 *   <li>the content type: {@code text/html} for pages, a JSON-ish type (or none) for exports;
 *   <li>body size: {@link CappedBodySubscriber} (pages, in memory) and {@link FileBodySubscriber}
 *       (exports, to a file) refuse a declared length over the cap and cut off an undeclared one;
 *   <li>time: {@link BoundedHttp} (connect timeout, one limit over headers and body together);
 *   <li>robots.txt: {@link RobotsCache}, consulted before every request ({@link EmaClient}).
 * </ul>
 */
final class FetchGuards {

  static final int MAX_REDIRECTS = 5;

  private static final Set<String> EXPORT_TYPES =
      Set.of("application/json", "text/json", "application/octet-stream", "text/plain");

  private final EmaUrls urls;

  FetchGuards(EmaUrls urls) {
    this.urls = urls;
  }

  /** The URL a request starts from. */
  String start(URI start) {
    return urls.isEmaHost(start) ? null : "refusing to fetch " + start + ": not the EMA host";
  }

  /**
   * A redirect about to be followed: {@code redirects} already followed from {@code start}, the
   * answer's {@code location}, and {@code next}, that location resolved (null when unreadable).
   */
  String redirect(int redirects, URI start, String location, URI next) {
    if (redirects == MAX_REDIRECTS) {
      return "more than " + MAX_REDIRECTS + " redirects from " + start;
    }
    if (next == null) {
      return "redirect with invalid Location '" + location + "'";
    }
    if (!urls.isEmaHost(next)) {
      return "redirect to foreign host " + next.getAuthority() + " refused";
    }
    return null;
  }

  /** A 2xx answer to a page fetch. */
  static String pageType(String contentType) {
    boolean html = contentType != null && mediaType(contentType).equals("text/html");
    return html
        ? null
        : "unexpected content type " + (contentType == null ? "(none)" : contentType);
  }

  /** A 2xx answer to an export download from {@code uri}. */
  static String exportType(String contentType, URI uri) {
    return isExportType(contentType)
        ? null
        : "unexpected content type " + contentType + " for " + uri;
  }

  /**
   * Whether a Content-Type (parameters ignored) is one EMA's JSON exports come with; none is too.
   */
  static boolean isExportType(String contentType) {
    return contentType == null
        || contentType.isBlank()
        || EXPORT_TYPES.contains(mediaType(contentType));
  }

  private static String mediaType(String contentType) {
    return contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
  }
}

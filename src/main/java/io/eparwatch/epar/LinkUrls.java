package io.eparwatch.epar;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The path and host of a link as written on a page, read without building a {@link URI} unless
 * percent-escapes need decoding: a page has thousands of links, and {@code URI} is slow.
 */
final class LinkUrls {

  private static final Pattern ORIGIN = Pattern.compile("^https?://[^/?#]+");

  private LinkUrls() {}

  /** {@code https://host[:port]} of an http(s) URL; null for anything else. */
  static String originOf(String pageUrl) {
    Matcher origin = pageUrl == null ? null : ORIGIN.matcher(pageUrl);
    return origin != null && origin.find() ? origin.group() : null;
  }

  /** The path of a link, percent-decoded; without scheme, host, query and fragment. */
  static String pathOf(String url) {
    String trimmed = url.trim();
    if (trimmed.indexOf('%') < 0) {
      return lenientPathOf(trimmed);
    }
    try {
      String path = URI.create(trimmed.replace(" ", "%20")).getPath();
      return path == null ? "" : path;
    } catch (IllegalArgumentException e) {
      return lenientPathOf(trimmed);
    }
  }

  /**
   * The path, lower case. EMA's links are mostly root-relative and lower case already, with no
   * query, fragment or escapes: such a link is its own path, found in one pass over it (asked of
   * every document link of a page).
   */
  static String lowerCasePathOf(String url) {
    if (isPlainLowerCasePath(url)) {
      return url;
    }
    // The JDK returns the path itself when lower case changes nothing.
    return pathOf(url).toLowerCase(Locale.ROOT);
  }

  /**
   * A root-relative link without spaces around it, escapes, query, fragment or anything that lower
   * case changes. Asked with the JDK's own searches, not a loop over {@code charAt}, which the C1
   * compiler (the deployed JVM's only one) does not reduce to array reads. {@code toLowerCase}
   * returns the string itself when it changes nothing; were it to return a copy, the link would
   * only take the longer way below, to the same path.
   */
  private static boolean isPlainLowerCasePath(String url) {
    return !url.isEmpty()
        && url.charAt(0) == '/'
        && url.charAt(url.length() - 1) > ' '
        && url.indexOf('%') < 0
        && url.indexOf('?') < 0
        && url.indexOf('#') < 0
        && url.toLowerCase(Locale.ROOT) == url;
  }

  /** The path of a URL without decoding: drop scheme, host, query and fragment. */
  private static String lenientPathOf(String url) {
    int start = 0;
    int scheme = url.indexOf("://");
    if (scheme > 0 && isScheme(url, scheme)) {
      start = scheme + 3;
      while (start < url.length() && "/?#".indexOf(url.charAt(start)) < 0) {
        start++;
      }
    }
    int end = url.length();
    int query = url.indexOf('?', start);
    int fragment = url.indexOf('#', start);
    if (query >= 0) {
      end = query;
    }
    if (fragment >= 0 && fragment < end) {
      end = fragment;
    }
    return start == 0 && end == url.length() ? url : url.substring(start, end);
  }

  /** The lower-case host of an absolute link; null for a relative one. */
  static String hostOf(String url) {
    String trimmed = url.trim();
    int scheme = trimmed.indexOf("://");
    if (scheme <= 0 || !isScheme(trimmed, scheme)) {
      return null;
    }
    int end = scheme + 3;
    while (end < trimmed.length() && "/?#".indexOf(trimmed.charAt(end)) < 0) {
      end++;
    }
    String authority = trimmed.substring(scheme + 3, end);
    String host = authority.substring(authority.lastIndexOf('@') + 1);
    int port = host.indexOf(':');
    return (port >= 0 ? host.substring(0, port) : host).toLowerCase(Locale.ROOT);
  }

  private static boolean isScheme(String text, int end) {
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      if (!Character.isLetterOrDigit(c) && c != '+' && c != '.' && c != '-') {
        return false;
      }
    }
    return true;
  }
}

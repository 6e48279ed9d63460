package io.eparwatch.epar;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Document identity and language codes from EMA document URLs such as
 * {@code /bg/documents/overview/imlygic-epar-summary-public_bg.pdf-1}.
 */
public final class DocumentKeys {

  private static final Pattern LANGUAGE_PREFIX = Pattern.compile("^/([a-z]{2})(/documents/.*)$");
  private static final Pattern FILE_SUFFIX =
      Pattern.compile("^(.*?)(?:_([a-z]{2}))?(\\.[a-z0-9]+)(?:-\\d+)?$");

  private DocumentKeys() {}

  /** {@code /documents/overview/imlygic-epar-summary-public.pdf} for every language version. */
  public static String of(String url) {
    String path = pathOf(url).toLowerCase(Locale.ROOT);
    Matcher prefix = LANGUAGE_PREFIX.matcher(path);
    if (prefix.matches()) {
      path = prefix.group(2);
    }
    Matcher suffix = FILE_SUFFIX.matcher(path);
    return suffix.matches() ? suffix.group(1) + suffix.group(3) : path;
  }

  /** The language of a document URL: its path prefix, else its file-name suffix, else null. */
  public static String languageOf(String url) {
    String path = pathOf(url).toLowerCase(Locale.ROOT);
    Matcher prefix = LANGUAGE_PREFIX.matcher(path);
    if (prefix.matches()) {
      return prefix.group(1);
    }
    Matcher suffix = FILE_SUFFIX.matcher(path);
    return suffix.matches() ? suffix.group(2) : null;
  }

  /** Whether a link points at an EMA document file (as opposed to a page). */
  public static boolean isDocumentLink(String url) {
    return pathOf(url).contains("/documents/");
  }

  private static String pathOf(String url) {
    try {
      String path = URI.create(url.trim().replace(" ", "%20")).getPath();
      return path == null ? "" : path;
    } catch (IllegalArgumentException e) {
      return url;
    }
  }
}

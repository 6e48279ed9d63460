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

  private static final Pattern DOCUMENT_PATH = Pattern.compile("^(?:/[a-z]{2})?/documents/[^/]+/.");
  private static final Pattern DOCUMENT_TYPE = Pattern.compile("^(?:/[a-z]{2})?/documents/([^/]+)/");
  private static final Pattern HOST = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://(?:[^/?#@]*@)?([^/?#:]*)");
  private static final String EMA_HOST = "ema.europa.eu";

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

  /**
   * Whether a link points at an EMA document file (as opposed to a page): a {@code /documents/}
   * path at the site root or under a language prefix, on the EMA site or relative to it. Other
   * sites' {@code /documents/} folders (e.g. the Commission's Union Register) do not count.
   */
  public static boolean isDocumentLink(String url) {
    String host = hostOf(url);
    boolean emaHost = host == null || host.equals(EMA_HOST) || host.endsWith("." + EMA_HOST);
    return emaHost && DOCUMENT_PATH.matcher(pathOf(url).toLowerCase(Locale.ROOT)).find();
  }

  /** The document type: the path segment after {@code /documents/} ("overview", "rmp", …). */
  public static String typeOf(String url) {
    Matcher type = DOCUMENT_TYPE.matcher(pathOf(url).toLowerCase(Locale.ROOT));
    return type.find() ? type.group(1) : null;
  }

  private static String pathOf(String url) {
    try {
      String path = URI.create(url.trim().replace(" ", "%20")).getPath();
      return path == null ? "" : path;
    } catch (IllegalArgumentException e) {
      return lenientPathOf(url.trim());
    }
  }

  /** For links java.net.URI rejects (e.g. a '|' in the query): drop scheme, host, query and fragment. */
  private static String lenientPathOf(String url) {
    String rest = url.replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://[^/?#]*", "");
    int end = rest.length();
    for (char stop : new char[] {'?', '#'}) {
      int at = rest.indexOf(stop);
      if (at >= 0 && at < end) {
        end = at;
      }
    }
    return rest.substring(0, end);
  }

  private static String hostOf(String url) {
    Matcher host = HOST.matcher(url.trim());
    return host.find() ? host.group(1).toLowerCase(Locale.ROOT) : null;
  }
}

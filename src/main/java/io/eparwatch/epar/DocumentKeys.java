package io.eparwatch.epar;

import java.net.URI;
import java.util.Locale;

/**
 * Document identity and language codes from EMA document URLs such as
 * {@code /bg/documents/overview/imlygic-epar-summary-public_bg.pdf-1}.
 */
public final class DocumentKeys {


  private static final String EMA_HOST = "ema.europa.eu";

  private DocumentKeys() {}

  /** {@code /documents/overview/imlygic-epar-summary-public.pdf} for every language version. */
  public static String of(String url) {
    String path = pathOf(url).toLowerCase(Locale.ROOT);
    if (hasLanguagePrefix(path)) {
      path = path.substring(3);
    }
    FileName file = FileName.of(path);
    return file == null ? path : file.stem() + file.extension();
  }

  /** The language of a document URL: its path prefix, else its file-name suffix, else null. */
  public static String languageOf(String url) {
    String path = pathOf(url).toLowerCase(Locale.ROOT);
    if (hasLanguagePrefix(path)) {
      return path.substring(1, 3);
    }
    FileName file = FileName.of(path);
    return file == null ? null : file.language();
  }

  /**
   * A path split as {@code <stem>[_<language>].<extension>[-<upload counter>]}. Done by hand: a
   * backtracking regular expression over every link of a page was the parser's hot spot.
   */
  private record FileName(String stem, String language, String extension) {

    static FileName of(String path) {
      int dot = path.lastIndexOf('.');
      if (dot < 0 || dot < path.lastIndexOf('/')) {
        return null;
      }
      String extension = path.substring(dot);
      int counter = extension.indexOf('-');
      if (counter >= 0) {
        if (!isAll(extension, counter + 1, Character::isDigit) || counter + 1 == extension.length()) {
          return null;
        }
        extension = extension.substring(0, counter);
      }
      if (extension.length() < 2 || !isAll(extension, 1, c -> isLowerAscii(c) || Character.isDigit(c))) {
        return null;
      }
      String stem = path.substring(0, dot);
      int underscore = stem.length() - 3;
      if (underscore >= 0 && stem.charAt(underscore) == '_' && isAll(stem, underscore + 1, DocumentKeys::isLowerAscii)) {
        return new FileName(stem.substring(0, underscore), stem.substring(underscore + 1), extension);
      }
      return new FileName(stem, null, extension);
    }

    private static boolean isAll(String text, int from, java.util.function.IntPredicate test) {
      for (int i = from; i < text.length(); i++) {
        if (!test.test(text.charAt(i))) {
          return false;
        }
      }
      return true;
    }
  }

  /** {@code /bg/documents/...}: a two-letter language folder in front of the documents folder. */
  private static boolean hasLanguagePrefix(String path) {
    return path.length() > 3
        && path.charAt(0) == '/'
        && isLowerAscii(path.charAt(1))
        && isLowerAscii(path.charAt(2))
        && path.startsWith("/documents/", 3);
  }

  private static boolean isLowerAscii(int c) {
    return c >= 'a' && c <= 'z';
  }

  /**
   * Key and language of an EMA document link, or null for other links; one pass over the URL. A
   * link counts on EMA's domain or on {@code pageHost}, the host the page itself came from (the
   * configured EMA origin, which is a loopback stand-in in tests and the demo).
   */
  static DocumentUrl parse(String url, String pageHost) {
    String host = hostOf(url);
    if (!isEmaHost(host) && !host.equalsIgnoreCase(pageHost == null ? "" : pageHost)) {
      return null;
    }
    String path = pathOf(url).toLowerCase(Locale.ROOT);
    String rest = documentsPath(path);
    int slash = rest == null ? -1 : rest.indexOf('/');
    if (slash <= 0 || slash == rest.length() - 1) {
      return null;
    }
    boolean prefixed = hasLanguagePrefix(path);
    FileName file = FileName.of(prefixed ? path.substring(3) : path);
    String key = file == null ? (prefixed ? path.substring(3) : path) : file.stem() + file.extension();
    String language = prefixed ? path.substring(1, 3) : file == null ? null : file.language();
    return new DocumentUrl(key, language);
  }

  record DocumentUrl(String key, String language) {}

  /**
   * Whether a link points at an EMA document file (as opposed to a page): a {@code /documents/}
   * path at the site root or under a language prefix, on the EMA site or relative to it. Other
   * sites' {@code /documents/} folders (e.g. the Commission's Union Register) do not count.
   */
  public static boolean isDocumentLink(String url) {
    return parse(url, null) != null;
  }

  /** The document type: the path segment after {@code /documents/} ("overview", "rmp", …). */
  public static String typeOf(String url) {
    String rest = documentsPath(pathOf(url).toLowerCase(Locale.ROOT));
    int slash = rest == null ? -1 : rest.indexOf('/');
    return slash > 0 ? rest.substring(0, slash) : null;
  }

  /** What follows {@code /documents/} (after an optional language folder), or null. */
  private static String documentsPath(String path) {
    int start = hasLanguagePrefix(path) ? 3 : 0;
    return path.startsWith("/documents/", start) ? path.substring(start + "/documents/".length()) : null;
  }

  /** java.net.URI only when percent-escapes need decoding: it is slow, and pages have many links. */
  private static String pathOf(String url) {
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

  /** The path of a URL without decoding: drop scheme, host, query and fragment. */
  private static String lenientPathOf(String url) {
    String rest = url;
    int scheme = url.indexOf("://");
    if (scheme > 0 && isScheme(url.substring(0, scheme))) {
      int pathStart = scheme + 3;
      while (pathStart < url.length() && "/?#".indexOf(url.charAt(pathStart)) < 0) {
        pathStart++;
      }
      rest = url.substring(pathStart);
    }
    int end = rest.length();
    for (char stop : new char[] {'?', '#'}) {
      int at = rest.indexOf(stop);
      if (at >= 0 && at < end) {
        end = at;
      }
    }
    return rest.substring(0, end);
  }

  private static boolean isEmaHost(String host) {
    return host == null || host.equals(EMA_HOST) || host.endsWith("." + EMA_HOST);
  }

  static String hostOf(String url) {
    String trimmed = url.trim();
    int scheme = trimmed.indexOf("://");
    if (scheme <= 0 || !isScheme(trimmed.substring(0, scheme))) {
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

  private static boolean isScheme(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isLetterOrDigit(c) && c != '+' && c != '.' && c != '-') {
        return false;
      }
    }
    return true;
  }
}

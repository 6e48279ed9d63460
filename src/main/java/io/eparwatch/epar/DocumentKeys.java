package io.eparwatch.epar;

/**
 * Document identity and language codes from EMA document URLs such as {@code
 * /bg/documents/overview/imlygic-epar-summary-public_bg.pdf-1}.
 *
 * <p>A page links every document in up to 25 languages, so this runs hundreds of times per page: it
 * works on indices into the path and allocates only the key (language codes come from a table).
 */
public final class DocumentKeys {

  private static final String EMA_HOST = "ema.europa.eu";
  private static final String DOCUMENTS = "/documents/";
  private static final String[] LANGUAGES = new String[26 * 26];

  private DocumentKeys() {}

  /** {@code /documents/overview/imlygic-epar-summary-public.pdf} for every language version. */
  public static String of(String url) {
    String path = LinkUrls.lowerCasePathOf(url);
    int start = hasLanguagePrefix(path) ? 3 : 0;
    return key(path, start, FileName.of(path, start));
  }

  /** The language of a document URL: its path prefix, else its file-name suffix, else null. */
  public static String languageOf(String url) {
    String path = LinkUrls.lowerCasePathOf(url);
    if (hasLanguagePrefix(path)) {
      return language(path, 1);
    }
    FileName file = FileName.of(path, 0);
    return file == null ? null : file.language();
  }

  /**
   * Key and language of an EMA document link, or null for other links. A link counts on EMA's
   * domain or on {@code pageHost}, the host the page itself came from (the configured EMA origin,
   * which is a loopback stand-in in tests and the demo).
   */
  static DocumentUrl parse(String url, String pageHost) {
    boolean rootRelative = url.startsWith("/") && !url.startsWith("//");
    if (!rootRelative) {
      String host = LinkUrls.hostOf(url);
      if (!isEmaHost(host) && !host.equalsIgnoreCase(pageHost == null ? "" : pageHost)) {
        return null;
      }
    }
    String path = LinkUrls.lowerCasePathOf(url);
    boolean prefixed = hasLanguagePrefix(path);
    int start = prefixed ? 3 : 0;
    int typeStart = start + DOCUMENTS.length();
    int typeEnd = path.startsWith(DOCUMENTS, start) ? path.indexOf('/', typeStart) : -1;
    if (typeEnd <= typeStart || typeEnd == path.length() - 1) {
      return null;
    }
    FileName file = FileName.of(path, start);
    String language = prefixed ? language(path, 1) : file == null ? null : file.language();
    return new DocumentUrl(key(path, start, file), language);
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
    String path = LinkUrls.lowerCasePathOf(url);
    int typeStart = (hasLanguagePrefix(path) ? 3 : 0) + DOCUMENTS.length();
    if (!path.startsWith(DOCUMENTS, typeStart - DOCUMENTS.length())) {
      return null;
    }
    int typeEnd = path.indexOf('/', typeStart);
    return typeEnd > typeStart ? path.substring(typeStart, typeEnd) : null;
  }

  /**
   * The file name of a path from {@code from}, read as {@code
   * <stem>[_<language>].<extension>[-<n>]}: indices into the path, nothing copied.
   */
  private record FileName(int stemEnd, String language, int extensionStart, int extensionEnd) {

    static FileName of(String path, int from) {
      int dot = path.lastIndexOf('.');
      if (dot < from || dot < path.lastIndexOf('/')) {
        return null;
      }
      int end = path.length();
      int counter = path.indexOf('-', dot);
      if (counter >= 0) {
        if (counter + 1 == end || !isAll(path, counter + 1, end, DocumentKeys::isDigit)) {
          return null;
        }
        end = counter;
      }
      if (end - dot < 2 || !isAll(path, dot + 1, end, c -> isLowerAscii(c) || isDigit(c))) {
        return null;
      }
      int underscore = dot - 3;
      if (underscore >= from
          && path.charAt(underscore) == '_'
          && isLowerAscii(path.charAt(dot - 2))
          && isLowerAscii(path.charAt(dot - 1))) {
        return new FileName(underscore, DocumentKeys.language(path, dot - 2), dot, end);
      }
      return new FileName(dot, null, dot, end);
    }
  }

  private static String key(String path, int start, FileName file) {
    if (file == null) {
      return path.substring(start);
    }
    if (file.stemEnd() == file.extensionStart()) {
      return path.substring(start, file.extensionEnd()); // no language suffix: one copy at most
    }
    return new StringBuilder(file.stemEnd() - start + file.extensionEnd() - file.extensionStart())
        .append(path, start, file.stemEnd())
        .append(path, file.extensionStart(), file.extensionEnd())
        .toString();
  }

  /** The two lower-case letters at {@code at}, as one shared string per language. */
  private static String language(String path, int at) {
    int index = (path.charAt(at) - 'a') * 26 + (path.charAt(at + 1) - 'a');
    String code = LANGUAGES[index];
    if (code == null) {
      code = path.substring(at, at + 2);
      LANGUAGES[index] = code; // a benign race: at worst two equal strings
    }
    return code;
  }

  /** {@code /bg/documents/...}: a two-letter language folder in front of the documents folder. */
  private static boolean hasLanguagePrefix(String path) {
    return path.length() > 3
        && path.charAt(0) == '/'
        && isLowerAscii(path.charAt(1))
        && isLowerAscii(path.charAt(2))
        && path.startsWith(DOCUMENTS, 3);
  }

  private static boolean isAll(
      String text, int from, int to, java.util.function.IntPredicate test) {
    for (int i = from; i < to; i++) {
      if (!test.test(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isLowerAscii(int c) {
    return c >= 'a' && c <= 'z';
  }

  private static boolean isDigit(int c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isEmaHost(String host) {
    return host == null || host.equals(EMA_HOST) || host.endsWith("." + EMA_HOST);
  }
}

package io.eparwatch.source;

import io.eparwatch.config.EparWatchConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The URL policy: which watch URLs are EPAR pages, and which hosts may ever be contacted. Only the
 * configured EMA host passes {@link #isEmaHost(URI)}, so no user input can make us fetch elsewhere.
 */
@ApplicationScoped
public class EmaUrls {

  /** The length of the slug columns: a longer page name is refused, never stored. */
  public static final int MAX_SLUG_LENGTH = 200;

  /** Appended to the page name of a veterinary EPAR page to make its slug. */
  public static final String VETERINARY_SUFFIX = "-veterinary";

  private static final Pattern EPAR_PATH =
      Pattern.compile("/(?:en/)?medicines/(human|veterinary)/(?i:EPAR)/([a-z0-9-]+)/?");

  private final URI baseUrl;
  private final String origin;

  @Inject
  public EmaUrls(EparWatchConfig config) {
    this(config.ema().baseUrl());
  }

  public EmaUrls(URI baseUrl) {
    this.baseUrl = baseUrl;
    this.origin = baseUrl.toString().replaceAll("/+$", "");
  }

  /** The configured EMA origin, e.g. {@code https://www.ema.europa.eu}. */
  public URI baseUrl() {
    return baseUrl;
  }

  /** Where EMA's robots.txt lives. */
  public URI robotsUrl() {
    return URI.create(origin + "/robots.txt");
  }

  /** Checks a watch URL typed by a user and returns its canonical form. */
  public UrlCheck validate(String input) {
    if (input == null || input.isBlank()) {
      return new UrlCheck.Invalid("URL is empty");
    }
    URI uri;
    try {
      uri = new URI(input.strip());
    } catch (URISyntaxException e) {
      return new UrlCheck.Invalid("malformed URL: " + e.getMessage());
    }
    return validate(uri);
  }

  private UrlCheck validate(URI uri) {
    String problem = originProblem(uri);
    if (problem != null) {
      return new UrlCheck.Invalid(problem);
    }
    Matcher path = EPAR_PATH.matcher(uri.getRawPath() == null ? "" : uri.getRawPath());
    if (!path.matches()) {
      return new UrlCheck.Invalid(
          "not an EPAR page: expected a path like /en/medicines/human/EPAR/<name>, got '"
              + uri.getRawPath()
              + "'");
    }
    String kind = path.group(1);
    String name = path.group(2);
    // A veterinary and a human medicine may share a page name: their watches must not collide.
    String slug = kind.equals("veterinary") ? name + VETERINARY_SUFFIX : name;
    if (slug.length() > MAX_SLUG_LENGTH) {
      return new UrlCheck.Invalid(
          "not an EPAR page: the page name is longer than "
              + (MAX_SLUG_LENGTH - (slug.length() - name.length()))
              + " characters");
    }
    return new UrlCheck.Valid(URI.create(origin + "/en/medicines/" + kind + "/EPAR/" + name), slug);
  }

  private String originProblem(URI uri) {
    if (uri.getScheme() == null || uri.isOpaque()) {
      return "malformed URL: expected an absolute URL such as " + origin + "/en/medicines/...";
    }
    if (!isHttp(uri)) {
      return "unsupported scheme '" + uri.getScheme() + "': only http and https are accepted";
    }
    if (uri.getHost() == null) {
      return "malformed URL: no host";
    }
    if (uri.getRawUserInfo() != null) {
      return "credentials in the URL are not accepted";
    }
    if (!uri.getHost().equalsIgnoreCase(baseUrl.getHost())) {
      return "host '" + uri.getHost() + "' is not the EMA host '" + baseUrl.getHost() + "'";
    }
    if (uri.getPort() != -1 && uri.getPort() != effectivePort(baseUrl)) {
      return "port " + uri.getPort() + " is not the EMA port " + effectivePort(baseUrl);
    }
    return null;
  }

  /**
   * True only for http(s) URLs on the EMA host and port: the guard for every request and redirect.
   */
  public boolean isEmaHost(URI uri) {
    return uri != null
        && uri.isAbsolute()
        && isHttp(uri)
        && uri.getRawUserInfo() == null
        && baseUrl.getHost().equalsIgnoreCase(uri.getHost())
        && effectivePort(uri) == effectivePort(baseUrl);
  }

  private static boolean isHttp(URI uri) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    return scheme.equals("http") || scheme.equals("https");
  }

  private static int effectivePort(URI uri) {
    if (uri.getPort() != -1) {
      return uri.getPort();
    }
    return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
  }
}

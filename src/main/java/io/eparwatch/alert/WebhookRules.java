package io.eparwatch.alert;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/** What a webhook's URL and secret must be; a refusal is a sentence for the admin. */
final class WebhookRules {

  static final int MAX_URL_LENGTH = 2000;
  static final int MIN_SECRET_LENGTH = 16;
  static final int MAX_SECRET_LENGTH = 200;

  private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}\\u2028\\u2029]");
  private static final Pattern SECRET = Pattern.compile("[\\x21-\\x7E]+");

  private WebhookRules() {}

  /** A webhook that cannot be added; its message says why. */
  public static final class Invalid extends IllegalArgumentException {
    Invalid(String message) {
      super(message);
    }
  }

  /** The URL to post to: absolute http(s) with a host, no credentials, no control characters. */
  static URI url(String url) {
    if (url == null || url.isBlank()) {
      throw new Invalid("A webhook needs a \"url\" (http or https).");
    }
    if (url.length() > MAX_URL_LENGTH) {
      throw new Invalid("The webhook URL is longer than " + MAX_URL_LENGTH + " characters.");
    }
    if (CONTROL.matcher(url).find()) {
      throw new Invalid("The webhook URL must not contain control characters or line breaks.");
    }
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      throw new Invalid("The webhook URL is not a valid URL.");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https"))) {
      throw new Invalid("The webhook URL must start with http:// or https://.");
    }
    if (uri.getHost() == null || uri.getHost().isBlank()) {
      throw new Invalid("The webhook URL must name a host.");
    }
    if (uri.getRawUserInfo() != null) {
      throw new Invalid("The webhook URL must not contain a user name or password.");
    }
    return uri;
  }

  static String secret(String secret) {
    if (secret == null
        || secret.length() < MIN_SECRET_LENGTH
        || secret.length() > MAX_SECRET_LENGTH
        || !SECRET.matcher(secret).matches()) {
      throw new Invalid(
          "The webhook secret must be "
              + MIN_SECRET_LENGTH
              + " to "
              + MAX_SECRET_LENGTH
              + " printable ASCII characters, without spaces.");
    }
    return secret;
  }
}

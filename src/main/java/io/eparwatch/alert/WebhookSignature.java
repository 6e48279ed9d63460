package io.eparwatch.alert;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * {@code X-EparWatch-Signature: sha256=<hex>}: the lower-case hex HMAC-SHA256 of the exact body
 * bytes, keyed with the webhook's secret (UTF-8), so a receiver can tell the body is ours and
 * whole.
 */
final class WebhookSignature {

  static final String HEADER = "X-EparWatch-Signature";

  private WebhookSignature() {}

  static String of(String secret, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }
}

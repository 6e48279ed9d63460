package io.eparwatch.alert;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * A link's secret: 256 random bits sent in one mail, of which only the SHA-256 hash is stored, so
 * that a copy of the database cannot confirm or cancel anybody's subscription. As the raw value is
 * never kept, every mail gets its own fresh token when it is sent.
 */
@Entity
@Table(name = "subscription_token")
public class SubscriptionToken extends PanacheEntity {

  public enum Purpose {
    CONFIRM,
    UNSUBSCRIBE
  }

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int MAX_TOKEN_LENGTH = 100;

  public String hash;
  public Long subscriptionId;

  @Enumerated(EnumType.STRING)
  public Purpose purpose;

  public Instant createdAt;
  public Instant usedAt;

  /** Stores the hash of a new token for {@code subscriptionId} and returns the token itself. */
  static String issue(Long subscriptionId, Purpose purpose, Instant now) {
    byte[] random = new byte[32];
    RANDOM.nextBytes(random);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    SubscriptionToken stored = new SubscriptionToken();
    stored.hash = hash(token);
    stored.subscriptionId = subscriptionId;
    stored.purpose = purpose;
    stored.createdAt = now;
    stored.persist();
    return token;
  }

  /** The stored token {@code token} stands for, if it is one of {@code purpose}. */
  static Optional<SubscriptionToken> find(String token, Purpose purpose) {
    if (token == null || token.isEmpty() || token.length() > MAX_TOKEN_LENGTH) {
      return Optional.empty();
    }
    return find("hash = ?1 and purpose = ?2", hash(token), purpose).firstResultOptional();
  }

  static void deleteOf(Long subscriptionId) {
    delete("subscriptionId", subscriptionId);
  }

  static String hash(String token) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}

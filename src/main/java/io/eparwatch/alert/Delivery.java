package io.eparwatch.alert;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One message to send, in the outbox: a mail to a subscriber or a webhook call. Written in the
 * transaction of what it delivers, so a change is never published without its deliveries, and sent
 * once by the outbox worker, which retries it with back-off until it is {@link State#SENT} or
 * {@link State#DEAD}.
 */
@Entity
@Table(name = "delivery")
public class Delivery extends PanacheEntity {

  /** What is delivered, and so which {@link DeliveryChannel} sends it. */
  public enum Kind {
    /** The double opt-in mail of a new subscription. */
    CONFIRMATION,
    /** One change, mailed to an {@code IMMEDIATE} subscriber. */
    IMMEDIATE,
    /** The changes since a subscriber's previous digest. */
    DIGEST,
    /** A batch of changes detected together, posted to a webhook. */
    WEBHOOK
  }

  public enum State {
    /** Not attempted yet. */
    PENDING,
    /** Attempted and failed; retried at {@code nextAttemptAt}. */
    FAILED,
    SENT,
    /** Given up after the configured number of attempts, or its recipient is gone. */
    DEAD
  }

  @Enumerated(EnumType.STRING)
  public Kind kind;

  @Enumerated(EnumType.STRING)
  public State state;

  /** The subscription a mail is for; null for a webhook call. */
  public Long subscriptionId;

  /** The webhook a call is for; null for a mail. */
  public Long webhookId;

  /** The mail address or the webhook URL, as it was when the delivery was written. */
  public String recipient;

  /**
   * For a CONFIRMATION: the client (IP address) whose request caused it, which its limit counts;
   * null otherwise, or when unknown.
   */
  public String client;

  /**
   * The change events delivered, comma-separated ids in publishing order; empty for CONFIRMATION.
   */
  public String eventIds;

  public int attempts;
  public Instant createdAt;
  public Instant nextAttemptAt;
  public Instant lastAttemptAt;
  public Instant sentAt;

  /** Why the last attempt failed, in words for an operator. */
  public String lastError;

  /** The instance working on it and until when (a claim of a dead instance expires). */
  public String claimedBy;

  public Instant claimedUntil;

  /** A new delivery, due at once; the caller persists it in its own transaction. */
  public static Delivery pending(
      Kind kind,
      Long subscriptionId,
      Long webhookId,
      String recipient,
      List<Long> eventIds,
      Instant now) {
    Delivery delivery = new Delivery();
    delivery.kind = kind;
    delivery.state = State.PENDING;
    delivery.subscriptionId = subscriptionId;
    delivery.webhookId = webhookId;
    delivery.recipient = recipient;
    delivery.eventIds = eventIds.stream().map(String::valueOf).collect(Collectors.joining(","));
    delivery.createdAt = now;
    delivery.nextAttemptAt = now;
    return delivery;
  }

  public List<Long> eventIdList() {
    return eventIds == null || eventIds.isEmpty()
        ? List.of()
        : Arrays.stream(eventIds.split(",")).map(Long::valueOf).toList();
  }
}

package io.eparwatch.alert;

/**
 * Sends one kind of {@link Delivery} (mail, webhook call). The outbox worker decides when, claims
 * the delivery, and records the result; a channel only sends, and reports a failure as a value.
 * Sending the same delivery again must carry the same identity (the mail's {@code Message-ID}, the
 * webhook's {@code X-EparWatch-Delivery}) so that a receiver can recognise a repeat.
 */
public interface DeliveryChannel {

  /** Whether this channel sends deliveries of {@code kind}. */
  boolean sends(Delivery.Kind kind);

  /** Sends {@code delivery} once; never throws for a failed send. */
  Result send(Delivery delivery);

  sealed interface Result {}

  /** The receiver accepted it (an SMTP server took the mail, a webhook answered 2xx). */
  record Sent() implements Result {}

  /** It may work later (SMTP down, a 500, a timeout): retried with back-off. */
  record Failed(String reason) implements Result {}

  /** It can never be sent (its subscription or webhook was removed): not retried. */
  record Gone(String reason) implements Result {}
}

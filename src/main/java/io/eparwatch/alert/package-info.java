/**
 * Pushing changes to people and systems: email subscriptions (double opt-in, immediate and digest
 * mails) and signed webhooks, all delivered through one outbox ({@code Delivery}) whose rows are
 * written in the transaction of the events (or of the digest run) they deliver, and sent by a
 * worker with retries and back-off.
 *
 * <p>{@code OutboxWorker} (with {@code OutboxLedger}, its committed claims and results, put on the
 * disk by {@code ops.DurableCommits} before and after each send) sends through the {@code
 * DeliveryChannel} of each kind; {@code WebhookFanOut} writes webhook deliveries, {@code
 * WebhookChannel} posts them signed.
 *
 * <p>May import: {@code catalogue}, {@code change}, {@code snapshot}, {@code epar}, {@code ops},
 * {@code security}, {@code config}.
 */
package io.eparwatch.alert;

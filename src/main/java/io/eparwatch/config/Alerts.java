package io.eparwatch.config;

import io.smallrye.config.WithDefault;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;

/** Email alerts and webhooks, delivered through one outbox. */
public interface Alerts {
  /** When daily digests are sent, in {@link #timeZone()}. */
  @WithDefault("07:00")
  LocalTime dailyAt();

  /** The day weekly digests are sent, at {@link #dailyAt()}. */
  @WithDefault("MONDAY")
  DayOfWeek weeklyOn();

  @WithDefault("Europe/Amsterdam")
  ZoneId timeZone();

  /** How often the outbox worker looks for due deliveries ({@code off} disables it). */
  @WithDefault("10s")
  String outboxInterval();

  /** Wait before the first retry of a failed delivery; it doubles on each further failure. */
  @WithDefault("30s")
  Duration retryBackoff();

  /** The longest wait between two attempts of one delivery. */
  @WithDefault("1h")
  Duration maxBackoff();

  /**
   * Attempts after which a delivery is given up ({@code DEAD}, visible in the API): with the
   * defaults, about a day of failures.
   */
  @WithDefault("30")
  int maxAttempts();

  /** Confirmation mails one email address may be sent per {@link #confirmationWindow()}. */
  @WithDefault("3")
  int confirmationsPerAddress();

  /** Confirmation mails one client (IP address) may cause per {@link #confirmationWindow()}. */
  @WithDefault("20")
  int confirmationsPerClient();

  @WithDefault("1h")
  Duration confirmationWindow();

  /** Longest wait for a webhook receiver's answer; a timeout counts as a failed attempt. */
  @WithDefault("10s")
  Duration webhookTimeout();
}

package io.eparwatch.alert;

import io.eparwatch.config.Alerts;
import io.eparwatch.config.EparWatchConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How many confirmation mails an address, and a client, may still cause: counted from the outbox
 * itself, so the limits hold across restarts and across instances sharing the database. A mail
 * counts against the client whose request caused it ({@link Delivery#client}), not the one that
 * first created its subscription.
 */
@ApplicationScoped
class ConfirmationLimits {

  private final Alerts alerts;

  ConfirmationLimits(EparWatchConfig config) {
    this.alerts = config.alerts();
  }

  /** How long until one more confirmation mail may go out, when one may not go out now. */
  Optional<Duration> waitFor(String email, String client, Instant now) {
    Instant since = now.minus(alerts.confirmationWindow());
    Optional<Duration> address =
        waitFor("recipient = ?1", email, since, now, alerts.confirmationsPerAddress());
    if (address.isPresent() || client == null) {
      return address;
    }
    return waitFor("client = ?1", client, since, now, alerts.confirmationsPerClient());
  }

  private Optional<Duration> waitFor(
      String who, String value, Instant since, Instant now, int limit) {
    String where = "kind = ?2 and createdAt > ?3 and " + who;
    long sent = Delivery.count(where, value, Delivery.Kind.CONFIRMATION, since);
    if (sent < limit) {
      return Optional.empty();
    }
    Instant oldest =
        Delivery.find(
                "select min(createdAt) from Delivery where " + where,
                value,
                Delivery.Kind.CONFIRMATION,
                since)
            .project(Instant.class)
            .firstResult();
    Duration wait = Duration.between(now, oldest.plus(alerts.confirmationWindow()));
    return Optional.of(wait.isNegative() ? Duration.ofSeconds(1) : wait);
  }
}

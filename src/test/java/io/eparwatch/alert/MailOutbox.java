package io.eparwatch.alert;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

/**
 * Does for the mail kinds what the outbox worker will do (it is built on another branch): takes the
 * due PENDING and FAILED mail deliveries, records the attempt, sends each through the channel that
 * sends its kind, outside a transaction, and records the result. A failed one is due again at once
 * here (the worker's back-off is its own business).
 */
@ApplicationScoped
public class MailOutbox {

  private static final EnumSet<Delivery.Kind> MAIL =
      EnumSet.of(Delivery.Kind.CONFIRMATION, Delivery.Kind.IMMEDIATE, Delivery.Kind.DIGEST);

  private final Instance<DeliveryChannel> channels;

  MailOutbox(@Any Instance<DeliveryChannel> channels) {
    this.channels = channels;
  }

  /** How many deliveries ended in each way in one pass. */
  public record Pass(int sent, int failed, int gone) {}

  public Pass sendDue() {
    List<Long> due =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    Delivery.<Delivery>list(
                            "state in ?1 and kind in ?2 and nextAttemptAt <= ?3 order by id",
                            List.of(Delivery.State.PENDING, Delivery.State.FAILED),
                            MAIL,
                            Instant.now())
                        .stream()
                        .map(d -> d.id)
                        .toList());
    int sent = 0;
    int failed = 0;
    int gone = 0;
    for (Long id : due) {
      Delivery delivery = QuarkusTransaction.requiringNew().call(() -> attempt(id));
      DeliveryChannel.Result result = channel(delivery.kind).send(delivery);
      QuarkusTransaction.requiringNew().run(() -> record(id, result));
      if (result instanceof DeliveryChannel.Sent) {
        sent++;
      } else if (result instanceof DeliveryChannel.Failed) {
        failed++;
      } else {
        gone++;
      }
    }
    return new Pass(sent, failed, gone);
  }

  /**
   * Passes until nothing is due (at most {@code passes}), as the worker's later ticks would: the
   * sums of all passes.
   */
  public Pass sendUntilNothingDue(int passes) {
    Pass total = new Pass(0, 0, 0);
    for (int i = 0; i < passes; i++) {
      Pass pass = sendDue();
      total = new Pass(total.sent + pass.sent, total.failed + pass.failed, total.gone + pass.gone);
      if (pass.failed == 0) {
        break;
      }
    }
    return total;
  }

  private static Delivery attempt(Long id) {
    Delivery delivery = Delivery.findById(id);
    delivery.attempts++;
    delivery.lastAttemptAt = Instant.now();
    return delivery;
  }

  private static void record(Long id, DeliveryChannel.Result result) {
    Delivery delivery = Delivery.findById(id);
    if (result instanceof DeliveryChannel.Sent) {
      delivery.state = Delivery.State.SENT;
      delivery.sentAt = Instant.now();
    } else if (result instanceof DeliveryChannel.Failed failed) {
      delivery.state = Delivery.State.FAILED;
      delivery.lastError = failed.reason();
    } else if (result instanceof DeliveryChannel.Gone gone) {
      delivery.state = Delivery.State.DEAD;
      delivery.lastError = gone.reason();
    }
  }

  private DeliveryChannel channel(Delivery.Kind kind) {
    return channels.stream()
        .filter(c -> c.sends(kind))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no channel sends " + kind));
  }
}

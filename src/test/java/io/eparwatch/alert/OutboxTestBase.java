package io.eparwatch.alert;

import io.eparwatch.change.ChangesPublished;
import io.eparwatch.testing.Database;
import io.eparwatch.testing.MovableClock;
import io.eparwatch.testing.WebhookReceiver;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Each outbox test starts with empty tables, real time and a fresh receiver on loopback. */
abstract class OutboxTestBase {

  @Inject EntityManager em;
  @Inject OutboxWorker worker;
  @Inject OutboxLedger ledger;
  @Inject MovableClock clock;
  @Inject Event<ChangesPublished> published;
  WebhookReceiver receiver;

  @BeforeEach
  void freshOutbox() {
    Database.reset(em);
    clock.reset();
    receiver = new WebhookReceiver();
  }

  @AfterEach
  void stopReceiver() {
    receiver.close();
  }
}

package io.eparwatch.alert;

import io.eparwatch.alert.GreenMailResource.InjectMailServer;
import io.eparwatch.testing.Database;
import io.eparwatch.testing.EmaStub;
import io.eparwatch.testing.MovableClock;
import io.quarkus.test.common.QuarkusTestResource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;

/**
 * What every mail test has: the SMTP server, the outbox worker, and an empty database and mailbox
 * and the real time before each test.
 */
@QuarkusTestResource(EmaStub.class)
@QuarkusTestResource(GreenMailResource.class)
abstract class MailTestBase {

  @InjectMailServer MailServer mail;
  @Inject MailOutbox outbox;
  @Inject EntityManager em;
  @Inject MovableClock clock;

  @BeforeEach
  void emptyDatabaseAndMailbox() {
    Database.reset(em);
    clock.reset();
    mail.purge();
  }
}

package io.eparwatch.alert;

import io.eparwatch.alert.GreenMailResource.InjectMailServer;
import io.eparwatch.testing.Database;
import io.eparwatch.testing.EmaStub;
import io.quarkus.test.common.QuarkusTestResource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;

/**
 * What every mail test has: the SMTP server, the stand-in for the outbox worker, and an empty
 * database and mailbox before each test.
 */
@QuarkusTestResource(EmaStub.class)
@QuarkusTestResource(GreenMailResource.class)
abstract class MailTestBase {

  @InjectMailServer MailServer mail;
  @Inject MailOutbox outbox;
  @Inject EntityManager em;

  @BeforeEach
  void emptyDatabaseAndMailbox() {
    Database.reset(em);
    mail.purge();
  }
}

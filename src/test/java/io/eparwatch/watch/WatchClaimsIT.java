package io.eparwatch.watch;

import io.eparwatch.testing.Database;
import io.eparwatch.testing.EmaStub;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;

/** Claims on H2, the embedded database of a single instance. */
@QuarkusTest
@QuarkusTestResource(EmaStub.class)
class WatchClaimsIT extends ClaimsTestBase {

  @Inject EntityManager em;

  /** Other classes' watches, due now, would be the tick's too. */
  @BeforeEach
  void freshState() {
    Database.reset(em);
  }
}

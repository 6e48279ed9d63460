package io.eparwatch.ops;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.SQLException;
import org.jboss.logging.Logger;

/**
 * Puts everything committed so far on the disk, for the moments around something leaving the
 * process: a mail or webhook must not go out while a crash could still lose its claim or the events
 * it tells of, and its result must not be lost so that it goes out again.
 *
 * <p>The embedded H2 database writes a commit to its file up to its write delay (500 ms) later; a
 * kill or a power loss meanwhile loses it. {@code CHECKPOINT SYNC} writes what is committed and
 * forces it to the device (fsync; plain {@code CHECKPOINT} writes without forcing, which survives a
 * kill but not a power loss), about a millisecond. A write delay of 0 would do that for every
 * commit, the page checks' too, twice their cost (README, Benchmark). On PostgreSQL a commit is
 * durable when it returns ({@code synchronous_commit} on): nothing to do. Which database it is, is
 * read from the JDBC metadata once, at start-up. Timed as {@code eparwatch.db.flush}.
 */
@ApplicationScoped
public class DurableCommits {

  private static final Logger LOG = Logger.getLogger(DurableCommits.class);

  static final String H2_FLUSH = "CHECKPOINT SYNC";

  private final AgroalDataSource dataSource;
  private final Statements statements;
  private final Timer timer;
  private volatile Boolean h2;
  private volatile boolean refused;

  public DurableCommits(AgroalDataSource dataSource, Statements statements, MeterRegistry meters) {
    this.dataSource = dataSource;
    this.statements = statements;
    this.timer =
        Timer.builder("eparwatch.db.flush")
            .description("Putting what is committed on the disk before and after a send (H2 only)")
            .register(meters);
  }

  /**
   * Decides at start-up, and tries it once. A refusal then is lasting (the user's rights), and
   * holding every mail for ever would be worse than the rare repeat after a crash: the flush is
   * left out, and the log says so.
   */
  void atStartup(@Observes StartupEvent event) {
    try {
      flush();
    } catch (Statements.Failed e) {
      refused = true;
      LOG.errorf(
          e,
          "%s refused (on H2 it needs an admin user): mails and webhooks go out without it, and a"
              + " crash may send one twice (README, Email alerts)",
          H2_FLUSH);
    }
  }

  /**
   * Returns once everything committed before the call is on the disk.
   *
   * @throws Statements.Failed when the database refused (on H2 the user needs admin rights, which
   *     the user that created the database file has)
   */
  public void flush() {
    if (!refused && isH2()) {
      timer.record(() -> statements.update(H2_FLUSH));
    }
  }

  private boolean isH2() {
    Boolean known = h2;
    if (known == null) {
      known = "H2".equals(productName());
      h2 = known;
    }
    return known;
  }

  private String productName() {
    try (Connection connection = dataSource.getConnection()) {
      return connection.getMetaData().getDatabaseProductName();
    } catch (SQLException e) {
      throw new Statements.Failed("(the database's product name)", e);
    }
  }
}

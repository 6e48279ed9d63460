package io.eparwatch.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.supplier.AgroalDataSourceConfigurationSupplier;
import io.agroal.api.security.NamePrincipal;
import io.agroal.api.security.SimplePassword;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The flush on a real H2 file database, as the user that created it (an admin) and as a user
 * without admin rights, whom H2 refuses {@code CHECKPOINT SYNC}: then mails must still go out.
 */
class DurableCommitsTest {

  @TempDir Path dir;
  private AgroalDataSource admin;
  private AgroalDataSource reader;

  @BeforeEach
  void database() throws SQLException {
    String url = "jdbc:h2:file:" + dir.resolve("db") + ";DB_CLOSE_ON_EXIT=FALSE";
    admin = dataSource(url, "sa", "sa");
    new Statements(admin).update("CREATE USER reader PASSWORD 'reader'");
    reader = dataSource(url, "reader", "reader");
  }

  @AfterEach
  void close() {
    reader.close();
    admin.close();
  }

  @Test
  void theUserThatCreatedTheDatabaseFlushesAndEachFlushIsTimed() {
    SimpleMeterRegistry meters = new SimpleMeterRegistry();
    DurableCommits durable = new DurableCommits(admin, new Statements(admin), meters);
    durable.atStartup(null);
    durable.flush();
    assertEquals(2, meters.get("eparwatch.db.flush").timer().count());
  }

  @Test
  void aUserH2RefusesTheFlushIsLeftWithoutItInsteadOfHoldingEveryMail() {
    assertThrows(
        Statements.Failed.class,
        () -> new Statements(reader).update(DurableCommits.H2_FLUSH),
        "H2 refuses the flush to a user without admin rights");
    SimpleMeterRegistry meters = new SimpleMeterRegistry();
    DurableCommits durable = new DurableCommits(reader, new Statements(reader), meters);
    durable.atStartup(null); // refused once, and timed
    durable.flush(); // does not throw: the delivery goes out
    durable.flush();
    assertEquals(1, meters.get("eparwatch.db.flush").timer().count(), "not tried again");
  }

  private static AgroalDataSource dataSource(String url, String user, String password)
      throws SQLException {
    return AgroalDataSource.from(
        new AgroalDataSourceConfigurationSupplier()
            .connectionPoolConfiguration(
                pool ->
                    pool.maxSize(2)
                        .connectionFactoryConfiguration(
                            factory ->
                                factory
                                    .jdbcUrl(url)
                                    .autoCommit(true)
                                    .principal(new NamePrincipal(user))
                                    .credential(new SimplePassword(password)))));
  }
}

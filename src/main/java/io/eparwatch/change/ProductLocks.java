package io.eparwatch.change;

import io.eparwatch.snapshot.Source;
import io.eparwatch.snapshot.VersionKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import org.hibernate.Session;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;

/**
 * Makes the writers of one product's history take turns, across threads and instances: {@link
 * HistoryRecorder} locks the product's row of {@code product_lock} (SELECT ... FOR UPDATE) until
 * its transaction ends, before it reads the latest version it compares with. A second writer waits,
 * then reads what the first one committed (READ COMMITTED, on H2 and PostgreSQL alike): the same
 * content is then the latest version's, and it stores nothing.
 *
 * <p>Why a table of its own, keyed by EMA product number: the races to close are two checks of one
 * page (one watch) and a page check against an export apply of the same product, whose events
 * {@link ChangeLog} merges only if it sees the other source's. The watch row exists for watched
 * pages only, and the catalogue's medicine row only for products the exports listed (and {@code
 * catalogue} is above this package); neither covers both. A page that names no product number is
 * keyed by its watch.
 *
 * <p>A product's row is created the first time it is needed. Two writers of a product first seen at
 * once both find no row and both insert it: on PostgreSQL {@code ON CONFLICT DO NOTHING} makes the
 * second insert wait for the first and then do nothing; on H2 the second insert fails alone (H2
 * rolls back the statement, not the transaction), which is what it means. Either way both then lock
 * the one row.
 *
 * <p>The lock is taken with {@code em.find}, which flushes nothing: a caller's pending changes (its
 * watch row) are written at commit, after the lock, so two writers never hold each other's rows in
 * opposite orders (an export apply, too, locks a product before it moves that product's watch).
 */
@ApplicationScoped
class ProductLocks {

  /** Longer keys are no EMA product number (an export record's is at most 100 characters). */
  static final int MAX_PRODUCT_NUMBER = 100;

  /**
   * H2 gives up on a row lock after 2 s unless told otherwise, and an export chunk holds its
   * products until it commits; PostgreSQL waits for the holder (and detects deadlocks), and is not
   * told anything, which would cost it two statements more per lock.
   */
  private static final Map<String, Object> H2_WAIT =
      Map.of(AvailableSettings.JAKARTA_LOCK_TIMEOUT, (int) Duration.ofMinutes(1).toMillis());

  private final EntityManager em;
  private volatile Boolean postgres;

  ProductLocks(EntityManager em) {
    this.em = em;
  }

  /** Locks the history of {@code key} (whose product is {@code product}) until the commit. */
  @Transactional(TxType.MANDATORY)
  void lock(VersionKey key, ProductRef product) {
    String productKey = keyOf(key, product);
    if (locked(productKey)) {
      return;
    }
    create(productKey);
    if (!locked(productKey)) {
      throw new IllegalStateException("no lock row for product " + productKey);
    }
  }

  static String keyOf(VersionKey key, ProductRef product) {
    String number = product == null ? null : product.productNumber();
    if (key.source() == Source.EXPORT) {
      return key.productNumber();
    }
    return number != null && !number.isEmpty() && number.length() <= MAX_PRODUCT_NUMBER
        ? number
        : "watch:" + key.watchId();
  }

  private boolean locked(String productKey) {
    Map<String, Object> hints = postgres() ? Map.of() : H2_WAIT;
    return em.find(ProductLock.class, productKey, LockModeType.PESSIMISTIC_WRITE, hints) != null;
  }

  private void create(String productKey) {
    boolean onPostgres = postgres();
    em.unwrap(Session.class)
        .doWork(
            connection -> {
              String insert =
                  "insert into product_lock (product_key) values (?)"
                      + (onPostgres ? " on conflict do nothing" : "");
              try (PreparedStatement statement = connection.prepareStatement(insert)) {
                statement.setString(1, productKey);
                statement.executeUpdate();
              } catch (SQLException e) {
                if (onPostgres || !"23505".equals(e.getSQLState())) {
                  throw e;
                }
                // H2: the row another transaction inserted (and committed) meanwhile.
              }
            });
  }

  private boolean postgres() {
    if (postgres == null) {
      postgres =
          em.getEntityManagerFactory()
                  .unwrap(SessionFactoryImplementor.class)
                  .getJdbcServices()
                  .getDialect()
              instanceof PostgreSQLDialect;
    }
    return postgres;
  }
}

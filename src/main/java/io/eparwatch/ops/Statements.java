package io.eparwatch.ops;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Single SQL statements on the application's datasource, for the steps of every check where one
 * statement is the whole unit of work (taking a turn, a 304's record). Outside a transaction each
 * statement commits on its own; inside one it joins it (the pool enlists the connection). A
 * transaction and an ORM session per statement cost several times the statement itself, thousands
 * of times per round of checks (README, Benchmark).
 */
@ApplicationScoped
public class Statements {

  /** Reads one row of a result. */
  @FunctionalInterface
  public interface Row<T> {
    T read(ResultSet row) throws SQLException;
  }

  /** A statement the database refused or could not run; the SQL detail is for the log. */
  public static final class Failed extends RuntimeException {
    Failed(String sql, SQLException cause) {
      super("statement failed: " + sql, cause);
    }
  }

  private final AgroalDataSource dataSource;

  public Statements(AgroalDataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Runs an update; the number of rows it changed. */
  public int update(String sql, Object... parameters) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = prepared(connection, sql, parameters)) {
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw new Failed(sql, e);
    }
  }

  /** The first row of a query, read by {@code row}; empty when there is none. */
  public <T> Optional<T> first(String sql, Row<T> row, Object... parameters) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = prepared(connection, sql, parameters)) {
      statement.setMaxRows(1);
      try (ResultSet result = statement.executeQuery()) {
        return result.next() ? Optional.of(row.read(result)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new Failed(sql, e);
    }
  }

  /** A {@code timestamp with time zone} column as an instant; null stays null. */
  public static Instant instant(ResultSet row, int column) throws SQLException {
    OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  private static PreparedStatement prepared(Connection connection, String sql, Object[] parameters)
      throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql);
    for (int i = 0; i < parameters.length; i++) {
      statement.setObject(i + 1, bindable(parameters[i]));
    }
    return statement;
  }

  private static Object bindable(Object value) {
    if (value instanceof Instant instant) {
      return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
    if (value instanceof Enum<?> constant) {
      return constant.name();
    }
    return value;
  }
}

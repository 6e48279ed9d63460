package io.eparwatch.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FailureTextTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Value too long for column \"DOCUMENT_TITLE CHARACTER VARYING(2000)\": \"'x' (3000)\"; SQL"
            + " statement: insert into change_event | 22001 | value too long: document title",
        "ERROR: value too long for type character varying(100) | 22001 | value too long for the"
            + " database",
        "Unique index or primary key violation: UQ_WATCH_SLUG | 23505 | the database refused a"
            + " value (a conflicting or missing entry)",
        "Connection is closed | 08003 | the database could not store it",
      })
  void sqlFailuresBecomeASentenceWithoutSqlOrClassNames(
      String message, String state, String expected) {
    RuntimeException wrapped =
        new IllegalStateException(
            "org.hibernate.exception.DataException: could not execute statement",
            new SQLException(message, state));
    assertEquals(expected, FailureText.of(wrapped));
  }

  @ParameterizedTest
  @CsvSource({"java.lang.NullPointerException: x", "''"})
  void anythingElseSaysTheDetailIsInTheLog(String message) {
    assertEquals(
        "an unexpected error (the details are in the log)",
        FailureText.of(new IllegalStateException(message)));
  }
}

package io.eparwatch.ops;

import java.sql.SQLException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns an unexpected failure into a short sentence for a person. The exception itself (SQL, class
 * names, stack trace) belongs in the log only: callers log it at WARN before using this.
 */
public final class FailureText {

  /** H2 names the column ({@code Value too long for column "DOCUMENT_TITLE ..."}); PG does not. */
  private static final Pattern NAMED_COLUMN =
      Pattern.compile("(?i)value too long for column \"?([A-Z_]+)");

  private FailureText() {}

  public static String of(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      String message = cause.getMessage() == null ? "" : cause.getMessage();
      if (message.toLowerCase(Locale.ROOT).contains("value too long")) {
        Matcher column = NAMED_COLUMN.matcher(message);
        return column.find()
            ? "value too long: " + column.group(1).toLowerCase(Locale.ROOT).replace('_', ' ')
            : "value too long for the database";
      }
      if (cause instanceof SQLException sql && sql.getSQLState() != null) {
        return sql.getSQLState().startsWith("23")
            ? "the database refused a value (a conflicting or missing entry)"
            : "the database could not store it";
      }
    }
    return "an unexpected error (the details are in the log)";
  }
}

/**
 * Operational pieces every feature may use: metrics beyond Quarkus' own, {@code FailureText} (an
 * unexpected failure in words for a person; the detail stays in the log), and {@code Statements}
 * (one SQL statement without a transaction or ORM session of its own, for the steps every check
 * takes).
 *
 * <p>May import: {@code config}.
 */
package io.eparwatch.ops;

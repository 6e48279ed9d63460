/**
 * Operational pieces every feature may use: metrics beyond Quarkus' own, {@code FailureText} (an
 * unexpected failure in words for a person; the detail stays in the log), {@code Statements} (one
 * SQL statement without a transaction or ORM session of its own, for the steps every check takes),
 * and {@code DurableCommits} (what is committed, put on the disk before and after a send leaves the
 * process; the outbox's alone, never a page check's).
 *
 * <p>May import: {@code config}.
 */
package io.eparwatch.ops;

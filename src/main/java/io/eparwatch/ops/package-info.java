/**
 * Operational pieces every feature may use: metrics beyond Quarkus' own, and {@code FailureText}
 * (an unexpected failure in words for a person; the detail stays in the log).
 *
 * <p>May import: {@code config}.
 */
package io.eparwatch.ops;

/**
 * Operational metrics beyond Quarkus' own.
 *
 * <p>May import: {@code config}.
 */
package io.eparwatch.ops;

/**
 * The demo's loopback stand-in for EMA, serving recorded pages that change on a schedule.
 *
 * <p>May import: every package but {@code api}.
 */
package io.eparwatch.demo;

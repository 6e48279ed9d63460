/**
 * The one typed configuration ({@code EparWatchConfig}, every key documented there) and the clock.
 * Everyone may read it.
 *
 * <p>May import: nothing of the application.
 */
package io.eparwatch.config;

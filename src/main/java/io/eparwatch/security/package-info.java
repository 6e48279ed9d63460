/**
 * The admin login (HTTP Basic) for admin actions.
 *
 * <p>May import: {@code config}.
 */
package io.eparwatch.security;

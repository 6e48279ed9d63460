/**
 * Who may do what: logins (the configured admin, users in the {@code app_user} table with bcrypt
 * hashes, {@link io.eparwatch.security.Roles}), the identity providers behind HTTP Basic and the
 * login form (with the login form's CSRF check), public reading on or off, the session key check
 * and the security headers on every response.
 *
 * <p>May import: {@code config}.
 */
package io.eparwatch.security;

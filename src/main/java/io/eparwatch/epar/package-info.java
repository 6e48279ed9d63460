/**
 * The EPAR page model ({@code EparPage}, {@code EparDocument}), its JSON form, and the parser from
 * HTML. Its guard: {@code PageGuard} (is this an EPAR page at all, is it complete).
 *
 * <p>May import: {@code config}.
 */
package io.eparwatch.epar;

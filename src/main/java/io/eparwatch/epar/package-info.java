/**
 * The EPAR page model ({@code EparPage}, {@code EparDocument}), its JSON form, and the parser from
 * HTML. The page stage's guard: {@code PageGuard} (is this an EPAR page at all, is it complete, can
 * its document entries be read). All stages' guards: README, "Guards".
 *
 * <p>May import: {@code config}.
 */
package io.eparwatch.epar;

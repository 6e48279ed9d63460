/**
 * Atom and RSS feeds of the stored change events, filtered with {@code change.ChangeFilter}: they
 * render stored events only (no diffing or parsing at read time), with validators and 304s.
 *
 * <p>May import: {@code catalogue}, {@code change}, {@code snapshot}, {@code epar}, {@code ops},
 * {@code config}.
 */
package io.eparwatch.feed;

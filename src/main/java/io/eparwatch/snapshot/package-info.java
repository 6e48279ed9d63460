/**
 * The one version store of both sources: a {@code Snapshot} is a version of a page ({@code source =
 * PAGE}, owned by its watch) or of an export product ({@code source = EXPORT}, owned by its product
 * number), with the content fingerprint that decides whether content is new. Read by anyone;
 * written only through {@code change.HistoryRecorder}.
 *
 * <p>May import: {@code epar}, {@code config}.
 */
package io.eparwatch.snapshot;

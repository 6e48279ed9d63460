/**
 * From versions to events: the differ, removal confirmation, the change log, and {@code
 * HistoryRecorder}, the one writer of versions and events for pages and exports. Its guard: {@code
 * DocumentLossGuard} (a page that loses many documents at once is suspect).
 *
 * <p>May import: {@code snapshot}, {@code epar}, {@code config}.
 */
package io.eparwatch.change;

/**
 * From versions to events: the differ, removal confirmation, the change log, and {@code
 * HistoryRecorder}, the one writer of versions and events for pages and exports. The change stage's
 * guards: {@code DocumentLossGuard} (a page that loses many documents at once is suspect) and
 * {@code FieldLossGuard} (many field values vanishing at once). All stages' guards: README,
 * "Guards".
 *
 * <p>May import: {@code snapshot}, {@code epar}, {@code config}.
 */
package io.eparwatch.change;

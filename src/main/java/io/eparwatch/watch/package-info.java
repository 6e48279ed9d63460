/**
 * Watched EPAR pages: adding and removing watches, checking one (fetch, assess, record), the
 * schedule and the back-off. Its guards before events: {@code PageAssessor} (parse, {@code
 * PageGuard}, {@code DocumentLossGuard}) and {@code CheckRecorder} (a suspect page is accepted only
 * after repeated identical sightings).
 *
 * <p>May import: {@code catalogue}, {@code change}, {@code snapshot}, {@code epar}, {@code source},
 * {@code ops}, {@code config}; never {@code export}.
 */
package io.eparwatch.watch;

/**
 * Watched EPAR pages: adding and removing watches, checking one (fetch, assess, record), the
 * schedule and the back-off, and the claims that let every instance of a cluster run the tick
 * ({@code WatchClaims}: a due watch is checked by one instance at a time). The guards of a page
 * check, in one place: {@code PageGuards} (parse with {@code epar.PageGuard}, the change stage's
 * loss guards, and a suspect page accepted only after repeated identical sightings). All stages'
 * guards: README, "Guards".
 *
 * <p>May import: {@code catalogue}, {@code change}, {@code snapshot}, {@code epar}, {@code source},
 * {@code ops}, {@code config}; never {@code export}.
 */
package io.eparwatch.watch;

/**
 * Everything that talks to EMA over HTTP: page fetches and export downloads, politeness (one
 * request at a time, robots.txt, Retry-After), conditional GET, size caps and the URL policy (EMA's
 * host only). The fetch stage's guards: {@code FetchGuards} (EMA's host only, redirects, content
 * type; it lists the bounds enforced while bytes flow: size in the body subscribers, time in {@code
 * BoundedHttp}). All stages' guards: README, "Guards".
 *
 * <p>May import: {@code config}.
 */
package io.eparwatch.source;

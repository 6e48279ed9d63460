/**
 * Everything that talks to EMA over HTTP: page fetches and export downloads, politeness (one
 * request at a time, robots.txt, Retry-After), conditional GET, size caps and the URL policy (EMA's
 * host only). The fetch stage's guards: {@code FetchGuards} (EMA's host only, redirects, content
 * type; it lists the bounds enforced while bytes flow: size in the body subscribers, time in {@code
 * BoundedHttp}). All stages' guards: README, "Guards". The politeness budget ({@code EmaBudget}:
 * pause, turns, robots.txt) is kept in the database so that every instance of a cluster shares it
 * (README, "Politeness across instances").
 *
 * <p>May import: {@code ops}, {@code config}.
 */
package io.eparwatch.source;

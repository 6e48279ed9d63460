/**
 * Everything that talks to EMA over HTTP: page fetches and export downloads, politeness (one
 * request at a time, robots.txt, Retry-After), conditional GET, size caps and the URL policy (EMA's
 * host only). Its guards: {@code BoundedHttp}, {@code CappedBodySubscriber}, {@code EmaUrls}.
 *
 * <p>May import: {@code config}.
 */
package io.eparwatch.source;

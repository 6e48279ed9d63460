/**
 * EMA's data exports: download, streaming read, guards ({@code ExportStream}: truncated, not JSON,
 * shrunk, schema) and applying them to the catalogue and to each product's export history.
 *
 * <p>May import: {@code catalogue}, {@code change}, {@code snapshot}, {@code epar}, {@code source},
 * {@code ops}, {@code config}; never {@code watch}.
 */
package io.eparwatch.export;

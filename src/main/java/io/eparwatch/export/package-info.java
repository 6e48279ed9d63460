/**
 * EMA's data exports: download, streaming read ({@code ExportStream}), the export stage's guards
 * ({@code ExportGuards}: truncated, not JSON, not the envelope, count, drift per key, shrunk; which
 * records are skipped) and applying them to the catalogue and to each product's export history. All
 * stages' guards: README, "Guards".
 *
 * <p>May import: {@code catalogue}, {@code change}, {@code snapshot}, {@code epar}, {@code source},
 * {@code ops}, {@code config}; never {@code watch}.
 */
package io.eparwatch.export;

/**
 * The medicine as a product: the catalogue of every medicine (facts from the medicines export), its
 * search, and the lookup by slug or product number that every other package uses; {@code
 * ProductMoved} tells that a product's page moved.
 *
 * <p>May import: {@code change}, {@code snapshot}, {@code epar}, {@code config}.
 */
package io.eparwatch.catalogue;

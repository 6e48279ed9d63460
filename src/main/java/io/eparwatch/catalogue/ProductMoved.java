package io.eparwatch.catalogue;

/**
 * Fired when the medicines export shows that a product's page moved (last-updated date, revision or
 * latest procedure): its page, if watched, is worth checking now rather than at its next turn.
 */
public record ProductMoved(String productNumber) {}

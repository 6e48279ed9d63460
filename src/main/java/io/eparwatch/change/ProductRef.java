package io.eparwatch.change;

/** The product a change belongs to: its slug (as in the EPAR URL), EMA product number and name. */
public record ProductRef(String slug, String productNumber, String name) {}

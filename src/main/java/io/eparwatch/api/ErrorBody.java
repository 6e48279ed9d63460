package io.eparwatch.api;

/** Every error answer of the API: {@code {"error": "..."}}. */
public record ErrorBody(String error) {}

package io.eparwatch.snapshot;

import java.time.Duration;
import java.time.Instant;

/** A body as it came from EMA, with the response metadata kept beside each version. */
public record FetchedPage(
    byte[] body,
    int httpStatus,
    String contentType,
    String etag,
    String lastModified,
    Instant fetchedAt,
    Duration elapsed) {}

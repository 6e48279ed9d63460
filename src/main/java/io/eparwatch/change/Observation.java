package io.eparwatch.change;

import io.eparwatch.epar.EparPage;
import io.eparwatch.snapshot.FetchedPage;
import io.eparwatch.snapshot.VersionKey;
import java.time.Instant;

/**
 * One observation of a product: {@code fetched} is the response for a page (null for an export),
 * {@code fingerprint} the model's {@code ContentFingerprint}.
 */
public record Observation(
    VersionKey key,
    ProductRef product,
    EparPage model,
    String fingerprint,
    FetchedPage fetched,
    Instant at) {}

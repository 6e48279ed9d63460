package io.eparwatch.snapshot;

import io.eparwatch.epar.EparPage;
import java.time.Instant;

/** A stored good version, parsed: what a new observation is diffed against. */
public record VersionedPage(
    long versionId, int versionNo, String contentHash, Instant observedAt, EparPage page) {}

package io.eparwatch.export;

import java.time.Instant;

/** The envelope's {@code meta}: how many records EMA says it wrote, and when. */
public record ExportMeta(int totalRecords, Instant timestamp) {}

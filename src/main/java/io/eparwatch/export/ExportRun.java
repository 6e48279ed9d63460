package io.eparwatch.export;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/** One attempt to ingest one export: what came back and what it led to. */
@Entity
@Table(name = "export_run")
public class ExportRun extends PanacheEntity {

  /** How an ingestion attempt ended. */
  public enum Outcome {
    /** A new download was read and applied. */
    INGESTED,
    /** EMA answered 304: nothing new since the last download. */
    NOT_MODIFIED,
    /**
     * The download was refused whole (truncated, not JSON, shrunk, keys missing or unreadable in
     * too many records).
     */
    REJECTED,
    /** The download itself failed. */
    FAILED,
    /**
     * Not attempted: EMA asked for a pause (Retry-After); resumed once it ends. Not a failure of
     * EMA's export.
     */
    POSTPONED
  }

  @Enumerated(EnumType.STRING)
  public ExportKind kind;

  public Instant fetchedAt;

  @Enumerated(EnumType.STRING)
  public Outcome outcome;

  public String error;

  /** The export's own {@code meta.timestamp}. */
  public Instant exportTimestamp;

  public Integer records;
  public Integer skipped;

  /** Records with fields in no known form (or missing), whose previous values were kept. */
  public Integer kept;

  public Integer changes;

  /** Product versions stored by the run: zero when nothing changed. */
  public Integer versions;

  public String etag;
  public String lastModified;

  public static Optional<ExportRun> latest(ExportKind kind) {
    return find("kind = ?1 order by fetchedAt desc, id desc", kind).firstResultOptional();
  }

  /** The latest run that applied a download: its validators, size and timestamp are current. */
  public static Optional<ExportRun> latestIngested(ExportKind kind) {
    return find(
            "kind = ?1 and outcome = ?2 order by fetchedAt desc, id desc", kind, Outcome.INGESTED)
        .firstResultOptional();
  }
}

package io.eparwatch.source;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One turn of requests to EMA (see {@link StoredEmaTurns}); holder null: free. */
@Entity
@Table(name = "ema_turn")
public class EmaTurnRow extends PanacheEntityBase {

  @Id public Integer slot;

  public String holder;
  public Instant leaseUntil;
  public Instant lastEnd;
}

package io.eparwatch.source;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The one stored pause of all requests to EMA (row {@link #ONLY}); null until: no pause. */
@Entity
@Table(name = "ema_pause")
public class EmaPauseRow extends PanacheEntityBase {

  static final int ONLY = 1;

  @Id public Integer id;

  public Instant pausedUntil;
  public String reason;
  public Instant recordedAt;
}

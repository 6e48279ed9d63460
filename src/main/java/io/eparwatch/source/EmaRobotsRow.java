package io.eparwatch.source;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * EMA's robots.txt as last learnt by any instance (row {@link #ONLY}; see {@link StoredRobots}).
 */
@Entity
@Table(name = "ema_robots")
public class EmaRobotsRow extends PanacheEntityBase {

  static final int ONLY = 1;

  @Id public Integer id;

  public String body;
  public String unreachable;
  public Instant fetchedAt;
  public Instant expiresAt;
  public String refreshingBy;
  public Instant refreshingUntil;
}

package io.eparwatch.alert;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/** A digest mail as written by a run: which period it covers ("since Monday"). */
@Entity
@Table(name = "digest")
public class Digest extends PanacheEntity {

  public Long subscriptionId;
  public Long deliveryId;
  public Instant coversFrom;
  public Instant coversUntil;

  static Optional<Digest> ofDelivery(Long deliveryId) {
    return find("deliveryId", deliveryId).firstResultOptional();
  }

  static void deleteOf(Long subscriptionId) {
    delete("subscriptionId", subscriptionId);
  }
}

package io.eparwatch.alert;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * One event covered by one of a subscription's digests. The unique (subscription, event) pair makes
 * a second digest with the same event impossible, even from two instances running at once.
 */
@Entity
@Table(name = "digest_item")
public class DigestItem extends PanacheEntity {

  public Long subscriptionId;
  public Long eventId;
  public Long digestId;

  static DigestItem of(Long subscriptionId, Long eventId, Long digestId) {
    DigestItem item = new DigestItem();
    item.subscriptionId = subscriptionId;
    item.eventId = eventId;
    item.digestId = digestId;
    return item;
  }

  static void deleteOf(Long subscriptionId) {
    delete("subscriptionId", subscriptionId);
  }
}

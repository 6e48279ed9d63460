package io.eparwatch.change;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The row {@link ProductLocks} locks for one product; it holds nothing but its key. */
@Entity
@Table(name = "product_lock")
class ProductLock extends PanacheEntityBase {

  @Id String productKey;
}

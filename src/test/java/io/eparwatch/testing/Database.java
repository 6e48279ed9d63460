package io.eparwatch.testing;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;

/** Empties the application tables so every test starts from a fresh state. */
public final class Database {

  private Database() {}

  public static void reset(EntityManager em) {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              for (String table :
                  new String[] {
                    "change_event",
                    "pending_removal",
                    "snapshot",
                    "watch",
                    "product_version",
                    "medicine",
                    "export_run",
                    "ema_pause"
                  }) {
                em.createNativeQuery("delete from " + table).executeUpdate();
              }
            });
  }
}

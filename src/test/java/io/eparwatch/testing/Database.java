package io.eparwatch.testing;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.persister.entity.AbstractEntityPersister;

/**
 * Empties every table Hibernate maps, so every test starts from a fresh state and a new entity's
 * table cannot be forgotten here.
 */
public final class Database {

  private Database() {}

  public static void reset(EntityManager em) {
    List<String> tables = mappedTables(em);
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              // Referential integrity is off for the truncation only: the tables refer to each
              // other, and every one of them is emptied.
              em.createNativeQuery("set referential_integrity false").executeUpdate();
              for (String table : tables) {
                em.createNativeQuery("truncate table " + table).executeUpdate();
              }
              em.createNativeQuery("set referential_integrity true").executeUpdate();
            });
  }

  static List<String> mappedTables(EntityManager em) {
    var metamodel =
        em.getEntityManagerFactory().unwrap(SessionFactoryImplementor.class).getMappingMetamodel();
    return em.getMetamodel().getEntities().stream()
        .map(entity -> metamodel.getEntityDescriptor(entity.getJavaType()))
        .map(persister -> ((AbstractEntityPersister) persister).getTableName())
        .distinct()
        .sorted()
        .toList();
  }
}

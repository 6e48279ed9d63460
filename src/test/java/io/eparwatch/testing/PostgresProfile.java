package io.eparwatch.testing;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/**
 * The production database: PostgreSQL with its Flyway scripts and the clustered Quartz JDBC store,
 * with the scheduler's tick switched on so the real job runs.
 */
public class PostgresProfile implements QuarkusTestProfile {

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of(
        "quarkus.datasource.db-kind", "postgresql",
        "quarkus.flyway.locations", "db/migration/common,db/migration/postgresql",
        "eparwatch.schedule.tick", "1s");
  }

  @Override
  public List<TestResourceEntry> testResources() {
    return List.of(new TestResourceEntry(EmbeddedPostgresResource.class));
  }

  @Override
  public String getConfigProfile() {
    return "test";
  }
}

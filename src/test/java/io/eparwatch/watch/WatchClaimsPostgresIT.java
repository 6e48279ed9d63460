package io.eparwatch.watch;

import io.eparwatch.testing.EmaStub;
import io.eparwatch.testing.PostgresProfile;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.HashMap;
import java.util.Map;

/** Claims on PostgreSQL, the database of a cluster; the tick is off, the test claims itself. */
@QuarkusTest
@TestProfile(WatchClaimsPostgresIT.NoTick.class)
@QuarkusTestResource(EmaStub.class)
class WatchClaimsPostgresIT extends ClaimsTestBase {

  public static class NoTick extends PostgresProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      Map<String, String> config = new HashMap<>(super.getConfigOverrides());
      config.put("eparwatch.schedule.tick", "off");
      return config;
    }
  }
}

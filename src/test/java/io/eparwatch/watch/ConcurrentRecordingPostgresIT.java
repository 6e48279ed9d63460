package io.eparwatch.watch;

import io.eparwatch.testing.PostgresProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The same races on PostgreSQL (READ COMMITTED), as deployed for several instances. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class ConcurrentRecordingPostgresIT extends ConcurrentRecordingIT {}

package io.eparwatch.source;

import io.eparwatch.testing.PostgresProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The same two instances on PostgreSQL, the database a cluster runs on. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class PolitenessAcrossInstancesPostgresIT extends PolitenessAcrossInstancesIT {}

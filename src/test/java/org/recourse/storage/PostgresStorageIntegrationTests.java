package org.recourse.storage;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.recourse.support.Postgres;
import org.recourse.support.TestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The coding loop on PostgreSQL, in a fresh schema, through the same migrations. */
@Tag(TestDatabase.POSTGRES_TAG)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "recourse.storage.data-dir=target/test-data/pg-${random.uuid}"})
class PostgresStorageIntegrationTests extends CodingLoopContract {

    private static final String SCHEMA = Postgres.freshSchema();

    @BeforeAll
    static void requirePostgres() {
        Postgres.requireReachable();
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        Postgres.register(registry, SCHEMA);
    }
}

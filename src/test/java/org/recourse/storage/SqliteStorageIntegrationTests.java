package org.recourse.storage;

import org.recourse.support.SqliteOnly;
import org.springframework.boot.test.context.SpringBootTest;

/** The coding loop on the embedded SQLite database. */
@SqliteOnly("the coding loop on the embedded database; PostgresStorageIntegrationTests is its twin on PostgreSQL")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "recourse.storage.data-dir=target/test-data/sqlite-${random.uuid}", "recourse.storage.db-url="})
class SqliteStorageIntegrationTests extends CodingLoopContract {
}

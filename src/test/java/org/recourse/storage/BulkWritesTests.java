package org.recourse.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A bulk write on SQLite, with the application's pragmas: its commit leaves the pages in the
 * write-ahead log (durable there) and the checkpoint into the database file runs after it; the
 * pooled connection gets its setting back whichever way the transaction ends.
 */
class BulkWritesTests {

    private static final int ROWS = 12_000;
    private static final String BODY = "fictional row ".repeat(30);

    private Path dir;
    private Path db;
    private HikariDataSource dataSource;
    private JdbcTemplate jdbc;
    private TransactionTemplate tx;
    private final List<Runnable> checkpoints = new ArrayList<>();
    private BulkWrites bulk;

    @BeforeEach
    void open() throws Exception {
        dir = Files.createDirectories(Path.of("target/test-data/bulk-" + System.nanoTime()));
        db = dir.resolve("t.db");
        HikariConfig cfg = new HikariConfig();
        // The same pragmas as the application's (SqliteUrl); one connection, so each transaction gets the same one.
        cfg.setJdbcUrl("jdbc:sqlite:" + db.toAbsolutePath() + "?journal_mode=WAL&synchronous=FULL&foreign_keys=true"
                + "&busy_timeout=30000&transaction_mode=IMMEDIATE&cache_size=-65536");
        cfg.setMaximumPoolSize(1);
        dataSource = new HikariDataSource(cfg);
        jdbc = new JdbcTemplate(dataSource);
        tx = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        bulk = new BulkWrites(dataSource, true, checkpoints::add);
        jdbc.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT NOT NULL)");
    }

    @AfterEach
    void close() {
        dataSource.close();
    }

    @Test
    void aBulkCommitIsInTheLogAndTheDatabaseFileGetsItFromTheCheckpointAfterTheCommit() throws Exception {
        long before = Files.size(db);
        tx.executeWithoutResult(s -> {
            bulk.begin();
            insertRows();
        });

        // Committed and readable (through the log), but not copied into the database file by the commit.
        assertThat(jdbc.queryForObject("SELECT count(*) FROM t", Integer.class)).isEqualTo(ROWS);
        assertThat(Files.size(db)).isEqualTo(before);
        assertThat(Files.size(dir.resolve("t.db-wal"))).isGreaterThan(4_000_000L);
        assertThat(checkpoints).hasSize(1);

        checkpoints.get(0).run();
        bulk.awaitCheckpoint();
        long pages = jdbc.queryForObject("PRAGMA page_count", Long.class);
        long pageSize = jdbc.queryForObject("PRAGMA page_size", Long.class);
        assertThat(Files.size(db)).isEqualTo(pages * pageSize).isGreaterThan(4_000_000L);
    }

    @Test
    void anOrdinaryCommitOfTheSameSizeIsCheckpointedByTheCommitItself() throws Exception {
        // What a bulk write avoids: SQLite's automatic checkpoint at the commit of a log over 1,000 pages.
        tx.executeWithoutResult(s -> insertRows());

        assertThat(Files.size(db)).isGreaterThan(4_000_000L);
        assertThat(checkpoints).isEmpty();
    }

    @Test
    void theConnectionHasItsCheckpointSettingBackAfterACommitAndAfterARollbackWhichIsNotCheckpointed() {
        tx.executeWithoutResult(s -> {
            bulk.begin();
            assertThat(jdbc.queryForObject("PRAGMA wal_autocheckpoint", Integer.class)).isZero();
        });
        assertThat(jdbc.queryForObject("PRAGMA wal_autocheckpoint", Integer.class)).isEqualTo(1000);
        assertThat(checkpoints).hasSize(1);

        assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
            bulk.begin();
            insertRows();
            throw new IllegalStateException("a wrong row");
        })).hasMessage("a wrong row");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM t", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("PRAGMA wal_autocheckpoint", Integer.class)).isEqualTo(1000);
        assertThat(checkpoints).hasSize(1);
    }

    @Test
    void aBulkWriteNeedsATransaction() {
        assertThatThrownBy(bulk::begin).isInstanceOf(IllegalStateException.class);
    }

    private void insertRows() {
        List<Object[]> rows = new ArrayList<>(ROWS);
        for (int i = 0; i < ROWS; i++) {
            rows.add(new Object[] {i, BODY + i});
        }
        jdbc.batchUpdate("INSERT INTO t (id, body) VALUES (?, ?)", rows);
    }
}

package org.recourse.storage;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import jakarta.annotation.PreDestroy;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A transaction that writes a lot at once (a file import) on the embedded SQLite database.
 * Its commit is as durable as any (the write-ahead log synced, {@code synchronous=FULL}), but
 * it does not also copy the log into the database file, as SQLite's automatic checkpoint does
 * in the committing call (for a million-row import, seconds spent after the data is already
 * safe). That checkpoint runs right after the commit on a background thread, {@code PASSIVE}:
 * readers and writers go on meanwhile, and what it cannot copy yet the next commits' automatic
 * checkpoints do. Until it is done the rows are read through the log, as every committed write
 * is until a checkpoint.
 *
 * <p>The transaction's connection gets its setting back when the transaction ends, committed
 * or rolled back; the application waits for a running checkpoint before it closes the
 * database. On PostgreSQL nothing changes.
 */
@Component
public class BulkWrites {

    private static final Logger LOG = LoggerFactory.getLogger(BulkWrites.class);

    private final DataSource dataSource;
    private final boolean embedded;
    private final Executor background;
    private final ExecutorService owned;
    private volatile CompletableFuture<Void> checkpoint = CompletableFuture.completedFuture(null);

    @Autowired
    BulkWrites(DataSource dataSource, StorageProperties props) {
        this(dataSource, props.embedded(), Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "wal-checkpoint");
            t.setDaemon(true);
            return t;
        }));
    }

    BulkWrites(DataSource dataSource, boolean embedded, Executor background) {
        this.dataSource = dataSource;
        this.embedded = embedded;
        this.background = background;
        this.owned = background instanceof ExecutorService e ? e : null;
    }

    /**
     * Makes the current transaction a bulk one (see the class); call it on the transaction's
     * thread, before its writes. Nothing on PostgreSQL.
     */
    public void begin() {
        if (!embedded) {
            return;
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("a bulk write needs a transaction");
        }
        Connection c = DataSourceUtils.getConnection(dataSource);
        try {
            int autoCheckpoint = pragma(c, "wal_autocheckpoint");
            set(c, "wal_autocheckpoint", 0);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    try {
                        set(c, "wal_autocheckpoint", autoCheckpoint);
                    } catch (SQLException e) {
                        LOG.warn("could not restore a connection's checkpoint setting after a bulk write ({})",
                                e.getErrorCode());
                    }
                    if (status == STATUS_COMMITTED) {
                        checkpointSoon();
                    }
                }
            });
        } catch (SQLException e) {
            throw new IllegalStateException("could not prepare the database for a bulk write", e);
        } finally {
            DataSourceUtils.releaseConnection(c, dataSource);
        }
    }

    /** Returns when the checkpoint after the last bulk commit is done (at once when there is none). */
    public void awaitCheckpoint() {
        checkpoint.join();
    }

    private synchronized void checkpointSoon() {
        checkpoint = checkpoint.handle((done, failed) -> done).thenRunAsync(this::checkpointNow, background);
    }

    private void checkpointNow() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("PRAGMA wal_checkpoint(PASSIVE)")) {
            rs.next();
        } catch (SQLException | RuntimeException e) {
            // Not a loss: the log keeps the committed rows, and the next commits' automatic checkpoints copy them.
            LOG.warn("the checkpoint after a bulk write failed ({}); later commits will checkpoint",
                    e.getClass().getSimpleName());
        }
    }

    /** Waits for a running checkpoint before the database is closed (the data source is closed after this bean). */
    @PreDestroy
    void close() {
        try {
            checkpoint.get(10, TimeUnit.MINUTES);
        } catch (Exception e) {
            LOG.warn("closing without waiting for the checkpoint after a bulk write");
        }
        if (owned != null) {
            owned.shutdown();
        }
    }

    private static int pragma(Connection c, String name) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + name)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static void set(Connection c, String name, int value) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA " + name + " = " + value);
        }
    }
}

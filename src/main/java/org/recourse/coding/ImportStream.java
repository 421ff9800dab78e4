package org.recourse.coding;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import org.recourse.audit.ImportedRecords;
import org.recourse.audit.Revision;
import org.recourse.coding.internal.ContentDigest;
import org.recourse.coding.internal.ImportRows;
import org.recourse.shared.Background;
import org.springframework.context.ApplicationEventPublisher;

/**
 * One import being stored chunk by chunk as its file is read, in the transaction of the thread
 * that opened it ({@link IncidentImports#open}): every record validated as {@link
 * Coding#createIncident} would, and at {@link #finish} the one audit entry of the import. A
 * failure anywhere (a wrong record, a file found invalid later, a crash) rolls the
 * transaction back, so nothing of the import stays.
 *
 * <p>Two threads: the opening one asks the database for each chunk's codes and persons, then
 * inserts the previous chunk, while a worker validates this chunk, adds it to the digest and
 * makes its rows (no database access there). Chunks are validated, hashed and inserted in the
 * order they are added. Not for use by several threads.
 *
 * <p>A large import on PostgreSQL has the foreign keys among the loaded tables checked once, at
 * {@link #finish}, instead of per row ({@link ImportRows#beginLargeImport}): from the opening
 * to the commit, readers of incidents wait for it.
 */
public final class ImportStream implements AutoCloseable {

    private final Coding coding;
    private final ImportRows rows;
    private final ApplicationEventPublisher events;
    private final IncidentFile.Header file;
    private final IntConsumer progress;
    private final Coding.Lookups lookups;
    private final ImportRows.LargeImport large;
    private final String importId;
    private final Instant at = Instant.now();
    private final ContentDigest digest = new ContentDigest();
    private final Map<LocalDate, String> dates = new HashMap<>();
    /** Made by the worker at its first task, so that the transaction's thread does not wait for them. */
    private Iterator<UUID> incidentIds;
    private Iterator<UUID> actIds;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "import-validate");
        t.setDaemon(true);
        return t;
    });
    private Future<ImportRows.Rows> pending;
    private int added;
    private int acts;
    private int stored;
    private boolean finished;

    ImportStream(Coding coding, ImportRows rows, ApplicationEventPublisher events, IncidentFile.Header file,
            IntConsumer progress) {
        this.coding = coding;
        this.rows = rows;
        this.events = events;
        this.file = file;
        this.progress = progress;
        this.lookups = coding.importLookups();
        this.importId = file.importId().toString();
        this.large = rows.beginLargeImport(file.maxIncidents(), file.maxActs());
    }

    /**
     * The next incidents of the file: validated on the worker while the previous chunk is
     * inserted here. A problem in them is thrown by a later call (this one's {@code add} or
     * {@link #finish}), naming {@code [i].field} with i counted over all incidents added.
     */
    public void add(List<IncidentImport> chunk) {
        requireOpen();
        if (chunk.isEmpty()) {
            return;
        }
        List<IncidentImport> in = List.copyOf(chunk);
        lookups.learn(in);
        int offset = added;
        added += in.size();
        acts += in.stream().mapToInt(i -> i.acts().size()).sum();
        Future<ImportRows.Rows> next = worker.submit(() -> {
            ids();
            Coding.Checked checked = coding.check(in, offset, incidentIds, actIds, lookups);
            return ImportRows.rows(importId, checked.incidents(), checked.acts(), at, digest, dates);
        });
        storePending();
        pending = next;
    }

    /**
     * Records of the file that are not stored (invalid rows of a valid-rows-only import): their
     * ids are passed over, so that the ids used stay a uniform sample of the sorted ones.
     */
    public void skip(int incidents, int actCount) {
        requireOpen();
        worker.submit(() -> {
            ids();
            for (int i = 0; i < incidents && incidentIds.hasNext(); i++) {
                incidentIds.next();
            }
            for (int i = 0; i < actCount && actIds.hasNext(); i++) {
                actIds.next();
            }
        });
    }

    /** Stores the last chunk and appends the import's audit entry; the caller's transaction commits it all. */
    public StoredImport finish() {
        requireOpen();
        storePending();
        large.end();
        finished = true;
        String contentDigest = digest.digest();
        events.publishEvent(Revision.of(ImportedRecords.ACTION, ImportedRecords.ENTITY, importId)
                .value("file_sha256", file.fileSha256()).value("rows", Integer.toString(file.rows()))
                .value("incidents", Integer.toString(added)).value("acts", Integer.toString(acts))
                .value(ImportedRecords.DIGEST_FIELD, contentDigest).build());
        return new StoredImport(file.importId(), added, acts, contentDigest);
    }

    /** Stops the worker; without {@link #finish} the import is incomplete and its transaction must roll back. */
    @Override
    public void close() {
        worker.shutdownNow();
    }

    /** On the worker: ids for as many records as the file can make, sorted; handed out in file order, unused ones skipped. */
    private void ids() {
        if (incidentIds == null) {
            incidentIds = SortedIds.of(file.maxIncidents()).iterator();
            actIds = SortedIds.of(file.maxActs()).iterator();
        }
    }

    private void storePending() {
        if (pending == null) {
            return;
        }
        ImportRows.Rows chunk = Background.await(pending, "the import");
        pending = null;
        rows.insert(chunk);
        stored += chunk.incidents().size();
        progress.accept(stored);
    }

    private void requireOpen() {
        if (finished) {
            throw new IllegalStateException("the import is finished");
        }
    }
}

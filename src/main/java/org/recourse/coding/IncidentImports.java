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
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores the incidents of one file as one import, in one transaction: every record validated
 * as {@link Coding#createIncident} would, nothing stored when any is invalid, and the import
 * audited as the one user action it is: a single chain entry {@code imported} on entity
 * {@code import} whose revision names the file's SHA-256, the counts and a digest over the
 * created records' canonical content ({@link ContentDigest}), instead of an entry and a
 * revision per record. The records carry the import's id, so their history starts with it.
 */
@Service
public class IncidentImports {

    /** Rows per JDBC batch, and how often progress is told. */
    static final int CHUNK = 5_000;

    private final Coding coding;
    private final ImportRows rows;
    private final ApplicationEventPublisher events;

    IncidentImports(Coding coding, ImportRows rows, ApplicationEventPublisher events) {
        this.coding = coding;
        this.rows = rows;
        this.events = events;
    }

    /**
     * Stores the file's incidents; {@code progress} hears how many are stored after each chunk.
     * Each chunk is validated just before it is stored, so only a few chunks' records are held
     * at a time; a problem in a later chunk rolls the whole import back (one transaction).
     *
     * <p>Two threads: this one (the transaction's) asks the database first for every code and
     * person the file names, then inserts chunk after chunk, while a second thread validates
     * the next chunk, adds it to the digest and makes its rows (no database access there). The
     * chunks are validated, hashed and inserted in file order, as on one thread.
     */
    @Transactional
    public StoredImport store(IncidentFile file, IntConsumer progress) {
        List<IncidentImport> in = file.incidents();
        int actCount = in.stream().mapToInt(i -> i.acts().size()).sum();
        String importId = file.importId().toString();
        Chunks chunks = new Chunks(in, actCount, coding.lookups(in), importId, Instant.now());
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "import-validate");
            t.setDaemon(true);
            return t;
        });
        try {
            Future<ImportRows.Rows> next = worker.submit(() -> chunks.prepare(0));
            int from = 0;
            do {
                ImportRows.Rows chunk = await(next);
                int to = Math.min(in.size(), from + CHUNK);
                if (to < in.size()) {
                    next = worker.submit(() -> chunks.prepare(to));
                }
                rows.insert(chunk);
                if (to > from) {
                    progress.accept(to);
                }
                from = to;
            } while (from < in.size());
        } finally {
            worker.shutdownNow();
        }
        String contentDigest = chunks.digest.digest();
        events.publishEvent(Revision.of(ImportedRecords.ACTION, ImportedRecords.ENTITY, importId)
                .value("file_sha256", file.fileSha256()).value("rows", Integer.toString(file.rows()))
                .value("incidents", Integer.toString(in.size())).value("acts", Integer.toString(actCount))
                .value(ImportedRecords.DIGEST_FIELD, contentDigest).build());
        return new StoredImport(file.importId(), in.size(), actCount, contentDigest);
    }

    /**
     * The worker's side of one import: validates a chunk (ids handed out in order), adds its
     * incidents to the digest and makes its rows. Used by one thread at a time, chunk after
     * chunk in file order (each task starts after the previous one's result was taken).
     */
    private final class Chunks {

        private final List<IncidentImport> in;
        private final int actCount;
        private final Coding.Lookups lookups;
        private final String importId;
        private final Instant at;
        private final ContentDigest digest = new ContentDigest();
        private final Map<LocalDate, String> dates = new HashMap<>();
        private Iterator<UUID> incidentIds;
        private Iterator<UUID> actIds;

        Chunks(List<IncidentImport> in, int actCount, Coding.Lookups lookups, String importId, Instant at) {
            this.in = in;
            this.actCount = actCount;
            this.lookups = lookups;
            this.importId = importId;
            this.at = at;
        }

        ImportRows.Rows prepare(int from) {
            if (incidentIds == null) {
                incidentIds = SortedIds.of(in.size()).iterator();
                actIds = SortedIds.of(actCount).iterator();
            }
            int to = Math.min(in.size(), from + CHUNK);
            Coding.Checked checked = coding.check(in.subList(from, to), from, incidentIds, actIds, lookups);
            return ImportRows.rows(importId, checked.incidents(), checked.acts(), at, digest, dates);
        }
    }

    /** The worker's result, or its exception as thrown there (a validation problem rolls the import back). */
    private static ImportRows.Rows await(Future<ImportRows.Rows> next) {
        return org.recourse.shared.Background.await(next, "the import");
    }
}

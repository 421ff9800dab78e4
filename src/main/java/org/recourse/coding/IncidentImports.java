package org.recourse.coding;

import java.util.List;
import java.util.function.IntConsumer;
import org.recourse.coding.internal.ContentDigest;
import org.recourse.coding.internal.ImportRows;
import org.recourse.storage.BulkWrites;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
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
    public static final int CHUNK = 5_000;

    private final Coding coding;
    private final ImportRows rows;
    private final ApplicationEventPublisher events;
    private final BulkWrites bulk;

    IncidentImports(Coding coding, ImportRows rows, ApplicationEventPublisher events, BulkWrites bulk) {
        this.coding = coding;
        this.rows = rows;
        this.events = events;
        this.bulk = bulk;
    }

    /**
     * Stores the file's incidents; {@code progress} hears how many are stored after each chunk.
     * Each chunk is validated just before it is stored ({@link ImportStream}), so only a few
     * chunks' records are made at a time; a problem in a later chunk rolls the whole import
     * back (one transaction).
     */
    @Transactional
    public StoredImport store(IncidentFile file, IntConsumer progress) {
        List<IncidentImport> in = file.incidents();
        int actCount = in.stream().mapToInt(i -> i.acts().size()).sum();
        try (ImportStream stream = open(new IncidentFile.Header(file.importId(), file.fileSha256(), file.rows(),
                in.size(), actCount), progress)) {
            for (int from = 0; from < in.size(); from += CHUNK) {
                stream.add(in.subList(from, Math.min(in.size(), from + CHUNK)));
            }
            return stream.finish();
        }
    }

    /**
     * Opens an import whose incidents the caller hands over chunk by chunk as it reads them, in
     * its transaction (there must be one: a failure at any point rolls back what was stored).
     * The caller closes the stream, after {@link ImportStream#finish} or on failure. The
     * transaction is a bulk write ({@link BulkWrites}: on SQLite the log is checkpointed after
     * the commit, in the background).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public ImportStream open(IncidentFile.Header file, IntConsumer progress) {
        bulk.begin();
        return new ImportStream(coding, rows, events, file, progress);
    }
}

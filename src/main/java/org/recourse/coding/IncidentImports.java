package org.recourse.coding;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
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
     * Each chunk is validated just before it is stored, so only one chunk's records are held
     * at a time; a problem in a later chunk rolls the whole import back (one transaction).
     */
    @Transactional
    public StoredImport store(IncidentFile file, IntConsumer progress) {
        List<IncidentImport> in = file.incidents();
        int actCount = in.stream().mapToInt(i -> i.acts().size()).sum();
        Iterator<UUID> incidentIds = SortedIds.of(in.size()).iterator();
        Iterator<UUID> actIds = SortedIds.of(actCount).iterator();
        String importId = file.importId().toString();
        Instant at = Instant.now();
        ContentDigest digest = new ContentDigest();
        for (int from = 0; from < in.size(); from += CHUNK) {
            int to = Math.min(in.size(), from + CHUNK);
            Coding.Checked checked = coding.check(in.subList(from, to), from, incidentIds, actIds);
            List<Act> acts = new ArrayList<>();
            for (int i = 0; i < checked.incidents().size(); i++) {
                List<Act> ofIncident = checked.acts().get(i);
                acts.addAll(ofIncident);
                digest.incident(checked.incidents().get(i), ofIncident).endIncident();
            }
            rows.insert(importId, checked.incidents(), acts, at);
            progress.accept(to);
        }
        String contentDigest = digest.digest();
        events.publishEvent(Revision.of(ImportedRecords.ACTION, ImportedRecords.ENTITY, importId)
                .value("file_sha256", file.fileSha256()).value("rows", Integer.toString(file.rows()))
                .value("incidents", Integer.toString(in.size())).value("acts", Integer.toString(actCount))
                .value(ImportedRecords.DIGEST_FIELD, contentDigest).build());
        return new StoredImport(file.importId(), in.size(), actCount, contentDigest);
    }
}

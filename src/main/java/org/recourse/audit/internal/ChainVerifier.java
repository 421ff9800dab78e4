package org.recourse.audit.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.recourse.audit.AuditEntry;
import org.recourse.audit.AuditFailure;
import org.recourse.audit.AuditFailure.Reason;
import org.recourse.audit.AuditVerification;
import org.recourse.audit.FieldChange;
import org.recourse.audit.ImportedRecords;
import org.recourse.audit.RecordRevision;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Recomputes the whole chain from the first entry and checks every checkpoint: its signature,
 * and that it names an entry that exists with the hash it signed. Reports the failure with the
 * lowest seq, since everything after a break is suspect.
 */
@Component
public class ChainVerifier {

    /** How far from its place a moved entry is looked for, to say "reordered" rather than "hash mismatch". */
    private static final int REORDER_WINDOW = 1000;

    private final AuditEntries entries;
    private final AuditCheckpoints checkpoints;
    private final Revisions revisions;
    /** Looked up when verifying: the implementations read the history through {@code AuditLog}, which needs this. */
    private final ObjectProvider<ImportedRecords> imported;

    ChainVerifier(AuditEntries entries, AuditCheckpoints checkpoints, Revisions revisions,
            ObjectProvider<ImportedRecords> imported) {
        this.entries = entries;
        this.checkpoints = checkpoints;
        this.revisions = revisions;
        this.imported = imported;
    }

    public AuditVerification verify() {
        List<AuditCheckpoints.Checkpoint> signed = checkpoints.all();
        Map<Long, AuditCheckpoints.Checkpoint> bySeq = signed.stream()
                .collect(Collectors.toMap(AuditCheckpoints.Checkpoint::seq, Function.identity()));
        Walk walk = new Walk(bySeq);
        entries.forEach(walk::visit);
        List<AuditFailure> failures = new ArrayList<>(walk.failure.stream().toList());
        AuditEntries.HeadRow head = entries.head();
        if (head.seq() > walk.last) {
            failures.add(new AuditFailure(walk.last + 1, Reason.MISSING_ENTRY,
                    "the head says " + head.seq() + " entries, the log ends at " + walk.last));
        } else if (!head.hash().equals(walk.prevHash)) {
            failures.add(new AuditFailure(walk.last, Reason.HEAD_MISMATCH, "the stored head hash differs from the last entry's"));
        }
        for (AuditCheckpoints.Checkpoint c : signed) {
            if (!checkpoints.signatureHolds(c)) {
                failures.add(new AuditFailure(c.seq(), Reason.BAD_SIGNATURE, "key " + c.keyId()));
            } else if (c.seq() == 0 && !c.headHash().equals(AuditEntries.GENESIS)) {
                failures.add(new AuditFailure(0, Reason.CHECKPOINT_MISMATCH, "the first checkpoint does not sign an empty chain"));
            } else if (c.seq() > walk.last) {
                failures.add(new AuditFailure(c.seq(), Reason.CHECKPOINT_BEYOND_CHAIN, "the log ends at " + walk.last));
            }
        }
        revisions.tampered().stream().findFirst().ifPresent(seq -> failures.add(new AuditFailure(seq,
                Reason.REVISION_MISMATCH, "the stored revision differs from what its entry's hash covers")));
        changedImports().stream().findFirst().ifPresent(failures::add);
        Optional<AuditFailure> first = failures.stream().min(Comparator.comparingLong(AuditFailure::seq));
        long lastCheckpoint = signed.isEmpty() ? 0 : signed.get(signed.size() - 1).seq();
        return new AuditVerification(walk.count, head.seq(), signed.size(), lastCheckpoint, first);
    }

    /**
     * Imports whose records, recomputed now, no longer give the digest their entry covers: a
     * record was changed, added or removed without a revision (an edit in the history is
     * accounted for by the owning module).
     */
    private List<AuditFailure> changedImports() {
        List<AuditFailure> out = new ArrayList<>();
        for (RecordRevision r : revisions.ofAction(ImportedRecords.ENTITY, ImportedRecords.ACTION)) {
            Optional<String> stored = r.changes().stream().filter(c -> c.field().equals(ImportedRecords.DIGEST_FIELD))
                    .findFirst().flatMap(FieldChange::after);
            Optional<String> now = imported.orderedStream().map(i -> i.digest(r.entityId())).flatMap(Optional::stream).findFirst();
            if (stored.isEmpty() || now.isEmpty() || !stored.equals(now)) {
                out.add(new AuditFailure(r.auditSeq(), Reason.IMPORT_MISMATCH,
                        "import " + r.entityId() + ": a record was changed, added or removed without a revision"));
            }
        }
        return out;
    }

    /** State of one pass over the entries in seq order; stops judging at the first failure. */
    private static final class Walk {

        final Map<Long, AuditCheckpoints.Checkpoint> checkpoints;
        Optional<AuditFailure> failure = Optional.empty();
        String prevHash = AuditEntries.GENESIS;
        long last;
        long count;

        Walk(Map<Long, AuditCheckpoints.Checkpoint> checkpoints) {
            this.checkpoints = checkpoints;
        }

        void visit(AuditEntry e) {
            count++;
            if (failure.isEmpty()) {
                failure = judge(e);
            }
            prevHash = e.hash();
            last = e.seq();
        }

        private Optional<AuditFailure> judge(AuditEntry e) {
            long expected = last + 1;
            if (e.seq() != expected) {
                return fail(expected, Reason.MISSING_ENTRY, "the next stored entry is " + e.seq());
            }
            if (!recompute(e, e.seq()).equals(e.hash())) {
                return movedFrom(e).map(from -> fail(e.seq(), Reason.REORDERED, "this entry was written as seq " + from))
                        .orElseGet(() -> fail(e.seq(), Reason.HASH_MISMATCH, "the stored hash does not match the entry"));
            }
            if (!e.prevHash().equals(prevHash)) {
                return fail(e.seq(), Reason.BROKEN_LINK, "it does not point to the hash of entry " + last);
            }
            AuditCheckpoints.Checkpoint c = checkpoints.get(e.seq());
            if (c != null && !c.headHash().equals(e.hash())) {
                return fail(e.seq(), Reason.CHECKPOINT_MISMATCH, "the chain was rewritten after it was signed");
            }
            return Optional.empty();
        }

        private static Optional<Long> movedFrom(AuditEntry e) {
            for (long s = Math.max(1, e.seq() - REORDER_WINDOW); s <= e.seq() + REORDER_WINDOW; s++) {
                if (s != e.seq() && recompute(e, s).equals(e.hash())) {
                    return Optional.of(s);
                }
            }
            return Optional.empty();
        }

        private static String recompute(AuditEntry e, long seq) {
            return AuditEntries.hash(e.prevHash(), seq, e.occurredAt(), e.actor(), e.action(), e.entityType(), e.entityId(),
                    e.detailsHash());
        }

        private static Optional<AuditFailure> fail(long seq, Reason reason, String detail) {
            return Optional.of(new AuditFailure(seq, reason, detail));
        }
    }
}

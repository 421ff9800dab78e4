package org.recourse.audit;

import java.util.Optional;

/**
 * The result of recomputing the whole audit chain and checking every checkpoint signature.
 * {@code lastCheckpointSeq} is 0 when there is none.
 */
public record AuditVerification(long entries, long headSeq, long checkpoints, long lastCheckpointSeq,
        Optional<AuditFailure> firstFailure) {

    public boolean intact() {
        return firstFailure.isEmpty();
    }

    /** Entries after the last signed checkpoint: protected by the hash chain only. */
    public long unsignedTail() {
        return Math.max(0, headSeq - lastCheckpointSeq);
    }
}

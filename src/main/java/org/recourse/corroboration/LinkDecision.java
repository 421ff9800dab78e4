package org.recourse.corroboration;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A reviewer's decision on a pair; {@code undoneAt} is set once it was undone. */
public record LinkDecision(UUID id, LinkKind kind, String left, String right, Verdict decision, String decidedBy,
        Instant decidedAt, Optional<Instant> undoneAt) {

    public boolean active() {
        return undoneAt.isEmpty();
    }

    /** The other side of the pair, seen from {@code id}. */
    public String other(String id) {
        return left.equals(id) ? right : left;
    }
}

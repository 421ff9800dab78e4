package org.recourse.linkage;

import java.util.List;

/**
 * Result of a run: the candidate pairs at or above the report floor, best first, with their
 * evidence (for a reviewer); an entity per input record, in input order; and statistics.
 */
public record LinkResult(List<CandidatePair> pairs, List<Assignment> assignments, LinkStats stats) {

    public LinkResult {
        pairs = List.copyOf(pairs);
        assignments = List.copyOf(assignments);
    }
}

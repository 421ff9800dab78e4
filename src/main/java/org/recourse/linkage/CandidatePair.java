package org.recourse.linkage;

import java.util.List;

/**
 * A compared pair with its match probability and the evidence of each field. In linkage
 * {@code left} is from the first file and {@code right} from the second.
 */
public record CandidatePair(String left, String right, double probability, List<FieldEvidence> evidence) {

    public CandidatePair {
        evidence = List.copyOf(evidence);
    }
}

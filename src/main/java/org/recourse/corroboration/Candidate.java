package org.recourse.corroboration;

import java.util.List;

/**
 * A pair for review: two person or incident ids ({@code left} sorts before {@code right}),
 * the match probability and the evidence field by field.
 */
public record Candidate(LinkKind kind, String left, String right, double probability, List<Evidence> evidence) {

    public Candidate {
        evidence = List.copyOf(evidence);
    }

    /** The probability as a whole percent, for people. */
    public int percent() {
        return (int) Math.round(probability * 100);
    }
}

package org.recourse.linkage;

import java.util.List;

/**
 * How a run went: the field comparisons and blocking rules used (chosen or configured),
 * candidate pairs compared, EM iterations, the estimated share of matches among candidates,
 * and time spent (seconds) on blocking, on comparing and scoring candidate pairs (EM and
 * the random-pair sample excluded), and in all; in a linkage, the columns paired across the
 * files by content rather than by name ({@code left~right (overlap x)}).
 */
public record LinkStats(int records, List<String> fields, List<String> blockingRules, long candidatePairs,
        int emIterations, double matchShare, double blockingSeconds, double scoringSeconds, double totalSeconds,
        List<String> pairedByContent) {

    public LinkStats {
        fields = List.copyOf(fields);
        blockingRules = List.copyOf(blockingRules);
        pairedByContent = List.copyOf(pairedByContent);
    }

    /** Field comparisons made, the missing ones included. */
    public long comparisons() {
        return candidatePairs * fields.size();
    }
}

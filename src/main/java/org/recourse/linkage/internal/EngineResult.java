package org.recourse.linkage.internal;

import java.util.List;

/** What a run produced, by record index: reported pairs, a cluster per record, and how it went. */
public record EngineResult(long[] reportedPairs, float[] reportedProbability, int[] clusters, Scorer scorer,
        List<Comparison> comparisons, List<String> fieldPlans, List<String> blockingRules, long candidatePairs,
        double candidateSeconds, double scoringSeconds, double totalSeconds) {
}

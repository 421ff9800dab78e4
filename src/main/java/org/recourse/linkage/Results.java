package org.recourse.linkage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.recourse.linkage.internal.Comparison;
import org.recourse.linkage.internal.Dataset;
import org.recourse.linkage.internal.EngineResult;
import org.recourse.linkage.internal.Scorer;

/** Turns an engine result (record indices) into the API's records (ids, evidence). */
final class Results {

    private static final double BITS = Math.log(2);

    private Results() {
    }

    static LinkResult of(Dataset data, List<LinkRecord> left, List<LinkRecord> right, EngineResult r,
            List<String> pairedByContent) {
        List<CandidatePair> pairs = new ArrayList<>();
        for (int k = 0; k < r.reportedPairs().length; k++) {
            int i = (int) (r.reportedPairs()[k] >>> 32);
            int j = (int) r.reportedPairs()[k];
            pairs.add(new CandidatePair(id(i, left, right), id(j, left, right), r.reportedProbability()[k],
                    evidence(r, i, j)));
        }
        pairs.sort(Comparator.comparingDouble(CandidatePair::probability).reversed());
        List<Assignment> assignments = new ArrayList<>(data.size());
        for (int i = 0; i < data.size(); i++) {
            assignments.add(new Assignment(i < left.size() ? 0 : 1, id(i, left, right), r.clusters()[i]));
        }
        var p = r.scorer().parameters();
        LinkStats stats = new LinkStats(data.size(), r.fieldPlans(), r.blockingRules(), r.candidatePairs(),
                p.iterations(), p.lambda(), r.candidateSeconds(), r.scoringSeconds(), r.totalSeconds(), pairedByContent);
        return new LinkResult(pairs, assignments, stats);
    }

    private static List<FieldEvidence> evidence(EngineResult r, int i, int j) {
        Scorer scorer = r.scorer();
        List<FieldEvidence> out = new ArrayList<>();
        for (int f = 0; f < r.comparisons().size(); f++) {
            Comparison c = r.comparisons().get(f);
            int level = c.level(i, j);
            out.add(new FieldEvidence(c.field(), c.label(level), scorer.weight(f, level, i) / BITS));
        }
        return out;
    }

    private static String id(int i, List<LinkRecord> left, List<LinkRecord> right) {
        return i < left.size() ? left.get(i).id() : right.get(i - left.size()).id();
    }
}

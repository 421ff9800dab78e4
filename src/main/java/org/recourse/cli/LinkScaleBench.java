package org.recourse.cli;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.recourse.linkage.Assignment;
import org.recourse.linkage.LinkOptions;
import org.recourse.linkage.LinkRecord;
import org.recourse.linkage.LinkResult;
import org.recourse.linkage.Linker;

/** {@code bench link --records N [--errors K]}: deduplicates N fictional people and reports time, memory, throughput and quality. */
final class LinkScaleBench {

    int run(Args args, PrintStream out) {
        int n = args.intOption("records", 100_000, 1);
        long t0 = System.nanoTime();
        List<LinkRecord> records = new SyntheticPeople(20261123L).generate(n);
        double generate = (System.nanoTime() - t0) / 1e9;
        int errors = args.intOption("errors", 0, 0);
        LinkResult result = new Linker().deduplicate(records, LinkOptions.defaults().withReportFloor(errors > 0 ? 0.5 : 2.0));
        var s = result.stats();
        int cores = Runtime.getRuntime().availableProcessors();
        PairScore score = score(result);
        out.printf("records %,d (generated in %.1f s); fields %s%n", n, generate, s.fields());
        out.printf("blocking rules %s%n", s.blockingRules());
        out.printf("pairs kept by blocking %,d (%.1f per record); blocking %.1f s, comparing+EM+scoring %.1f s, total %.1f s%n",
                s.candidatePairs(), s.candidatePairs() / (double) n, s.blockingSeconds(), s.scoringSeconds(),
                s.totalSeconds());
        out.printf("field comparisons %,d = %,.0f per second per core (%d cores)%n", s.comparisons(),
                s.comparisons() / s.scoringSeconds() / cores, cores);
        out.printf("peak heap %,d MB (max %,d MB)%n", peakHeap() >> 20, Runtime.getRuntime().maxMemory() >> 20);
        out.printf("pairwise precision %.4f recall %.4f F1 %.4f (true pairs %,d)%n", score.precision(), score.recall(),
                score.f1(), score.actual());
        if (errors > 0) {
            printErrors(records, result, errors, out);
        }
        return 0;
    }

    /** Matched pairs by evidence pattern, wrong and right, and the largest clusters: where precision goes. */
    private static void printErrors(List<LinkRecord> records, LinkResult result, int limit, PrintStream out) {
        Map<String, long[]> patterns = new HashMap<>();
        for (var p : result.pairs()) {
            boolean same = p.left().substring(0, p.left().indexOf('-')).equals(p.right().substring(0, p.right().indexOf('-')));
            String key = p.evidence().stream().map(e -> e.field() + "=" + e.level() + String.format("(%.1f)", e.weight()))
                    .toList().toString();
            patterns.computeIfAbsent(key, k -> new long[2])[same ? 0 : 1]++;
        }
        patterns.entrySet().stream().sorted((x, y) -> Long.compare(y.getValue()[1], x.getValue()[1])).limit(limit)
                .forEach(e -> out.printf("  right %,d wrong %,d %s%n", e.getValue()[0], e.getValue()[1], e.getKey()));
        Map<Integer, Integer> sizes = new HashMap<>();
        result.assignments().forEach(a -> sizes.merge(a.cluster(), 1, Integer::sum));
        Map<Integer, Integer> bySize = new java.util.TreeMap<>();
        sizes.values().forEach(v -> bySize.merge(v, 1, Integer::sum));
        out.println("  cluster sizes " + bySize);
    }

    private static PairScore score(LinkResult result) {
        Map<Integer, List<String>> clusters = new HashMap<>();
        Map<String, List<String>> people = new HashMap<>();
        for (Assignment a : result.assignments()) {
            clusters.computeIfAbsent(a.cluster(), k -> new ArrayList<>()).add(a.id());
            people.computeIfAbsent(a.id().substring(0, a.id().indexOf('-')), k -> new ArrayList<>()).add(a.id());
        }
        return PairScore.of(pairs(clusters.values()), pairs(people.values()));
    }

    private static Set<String> pairs(Iterable<List<String>> groups) {
        Set<String> out = new HashSet<>();
        for (List<String> g : groups) {
            for (int i = 0; i < g.size(); i++) {
                for (int j = i + 1; j < g.size(); j++) {
                    out.add(LinkEvalSet.pair(g.get(i), g.get(j)));
                }
            }
        }
        return out;
    }

    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}

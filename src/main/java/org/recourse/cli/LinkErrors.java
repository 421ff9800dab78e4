package org.recourse.cli;

import java.io.PrintStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.recourse.linkage.CandidatePair;
import org.recourse.linkage.LinkRecord;
import org.recourse.linkage.LinkResult;

/**
 * {@code bench link-eval --errors N}: prints up to N wrongly linked and N missed pairs of a
 * set with each field's values and evidence, to see why the model errs (the data sets are
 * public benchmark data, not testimony).
 */
final class LinkErrors {

    private LinkErrors() {
    }

    static void print(LinkEvalSet set, LinkResult result, Set<String> predicted, int limit, PrintStream out) {
        Map<String, CandidatePair> byPair = new HashMap<>();
        String pa = set.linkage() ? "A:" : "";
        String pb = set.linkage() ? "B:" : "";
        result.pairs().forEach(p -> byPair.put(LinkEvalSet.pair(pa + p.left(), pb + p.right()), p));
        Map<String, LinkRecord> records = new HashMap<>();
        set.left().forEach(r -> records.put(pa + r.id(), r));
        set.right().forEach(r -> records.put("B:" + r.id(), r));
        out.println("  wrongly linked:");
        set.judged(predicted).stream().filter(p -> !set.truePairs().contains(p)).limit(limit)
                .forEach(p -> show(p, byPair, records, out));
        out.println("  missed:");
        set.truePairs().stream().filter(p -> !predicted.contains(p)).limit(limit)
                .forEach(p -> show(p, byPair, records, out));
    }

    private static void show(String pair, Map<String, CandidatePair> byPair, Map<String, LinkRecord> records,
            PrintStream out) {
        String[] ids = pair.split("\u0001");
        CandidatePair c = byPair.get(pair);
        out.printf("    %s | %s  p=%s%n", ids[0], ids[1], c == null ? "not compared" : String.format("%.3f", c.probability()));
        for (String id : ids) {
            LinkRecord r = records.get(id);
            out.println("      " + (r == null ? "(no record with this id in the data)" : r.fields()));
        }
        if (c != null) {
            out.println("      " + c.evidence().stream()
                    .map(e -> e.field() + "=" + e.level() + String.format("(%.1f)", e.weight()))
                    .collect(Collectors.joining(" ")));
        }
    }
}

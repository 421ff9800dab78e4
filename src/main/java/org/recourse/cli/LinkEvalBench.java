package org.recourse.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.recourse.linkage.Assignment;
import org.recourse.linkage.LinkOptions;
import org.recourse.linkage.LinkResult;
import org.recourse.linkage.Linker;

/**
 * {@code bench link-eval [--duke] [--only NAME] [--verbose] [--errors N] [--sets DIR] [--split]}: pairwise precision, recall, F1 and time of the
 * automatic configuration on every shared linkage data set, beside Duke 1.2 when asked; {@code --split} adds
 * each shared deduplication set split at random into two files (a linkage whose files hold duplicates,
 * {@link LinkEvalSet#split}); {@code --sets} adds
 * the sets of {@link LinkEvalSet#folders} (without Duke, which has no configuration for them) and, for a
 * folder with a {@code labelled.csv}, P/R/F1 over its labelled pairs only beside the usual figures.
 */
final class LinkEvalBench {

    /** The seed of {@code --split}: the same files in every run. */
    static final long SPLIT_SEED = 11;

    private final Linker linker = new Linker();

    int run(Args args, PrintStream out) throws Exception {
        Path root = BenchCommand.shared(args);
        Optional<DukeRunner> duke = args.flag("duke") ? Optional.of(DukeRunner.locate()) : Optional.empty();
        int errors = args.intOption("errors", 0, 0);
        LinkOptions options = LinkOptions.defaults().withReportFloor(errors > 0 ? 0.0 : 2.0);
        out.printf("%-26s %7s %6s | %6s %6s %6s %7s %9s%s%n", "data set", "records", "true", "P", "R", "F1", "seconds",
                "compared", duke.isPresent() ? " | duke P     R     F1  seconds  speed-up" : "");
        List<LinkEvalSet> sets = new ArrayList<>(LinkEvalSet.all(root));
        if (args.flag("split")) {
            List<LinkEvalSet> splits = sets.stream().filter(s -> !s.linkage() && s.labelled().isEmpty())
                    .map(s -> s.split(SPLIT_SEED)).toList();
            sets.addAll(splits);
        }
        if (args.option("sets").isPresent()) {
            Path dir = Path.of(args.option("sets").get());
            if (!java.nio.file.Files.isDirectory(dir)) {
                throw new UsageException("--sets " + dir + ": no such folder");
            }
            List<LinkEvalSet> extra = LinkEvalSet.folders(dir);
            if (extra.isEmpty()) {
                throw new UsageException("--sets " + dir + ": no folder in it holds A.csv and truth.csv");
            }
            sets.addAll(extra);
        }
        for (LinkEvalSet set : sets) {
            if (args.option("only").filter(o -> !set.name().contains(o)).isPresent()) {
                continue;
            }
            linker.deduplicate(set.left().subList(0, Math.min(200, set.left().size())), options);
            LinkResult result = set.linkage() ? linker.link(set.left(), set.right(), options)
                    : linker.deduplicate(set.left(), options);
            Set<String> predicted = predicted(result, set.linkage());
            PairScore score = PairScore.of(set.judged(predicted), set.truePairs());
            double seconds = result.stats().totalSeconds();
            out.printf("%-26s %7d %6d | %6.3f %6.3f %6.3f %7.2f %9d", set.name(), result.stats().records(),
                    set.truePairs().size(), score.precision(), score.recall(), score.f1(), seconds,
                    result.stats().candidatePairs());
            if (!set.sample().isEmpty()) {
                PairScore ls = set.sampleScore(predicted);
                out.printf(" | labelled %d (%d matches): P %5.3f R %5.3f F1 %5.3f", set.sample().size(),
                        ls.actual(), ls.precision(), ls.recall(), ls.f1());
            }
            if (duke.isPresent() && !set.name().startsWith("extra ") && !set.name().startsWith("split ")) {
                DukeRunner.Outcome d = duke.get().run(set);
                PairScore ds = PairScore.of(set.judged(d.pairs()), set.truePairs());
                out.printf(" | %5.3f %5.3f %5.3f %7.2f %6.1fx", ds.precision(), ds.recall(), ds.f1(), d.seconds(),
                        d.seconds() / seconds);
            }
            out.println();
            if (args.flag("verbose")) {
                out.println("    fields: " + result.stats().fields());
                if (!result.stats().pairedByContent().isEmpty()) {
                    out.println("    paired by content: " + result.stats().pairedByContent());
                }
                out.println("    blocking: " + result.stats().blockingRules() + "; EM iterations "
                        + result.stats().emIterations() + ", match share " + result.stats().matchShare()
                        + ", blocking s " + result.stats().blockingSeconds() + ", scoring s " + result.stats().scoringSeconds());
            }
            if (errors > 0) {
                LinkErrors.print(set, result, predicted, errors, out);
            }
        }
        return 0;
    }

    static Set<String> predicted(LinkResult result, boolean linkage) {
        Map<Integer, List<Assignment>> clusters = new HashMap<>();
        result.assignments().forEach(a -> clusters.computeIfAbsent(a.cluster(), k -> new ArrayList<>()).add(a));
        Set<String> pairs = new HashSet<>();
        for (List<Assignment> c : clusters.values()) {
            for (int i = 0; i < c.size(); i++) {
                for (int j = i + 1; j < c.size(); j++) {
                    Assignment a = c.get(i);
                    Assignment b = c.get(j);
                    if (linkage && a.source() == b.source()) {
                        continue;
                    }
                    pairs.add(LinkEvalSet.pair(label(a, linkage), label(b, linkage)));
                }
            }
        }
        return pairs;
    }

    private static String label(Assignment a, boolean linkage) {
        return linkage ? (a.source() == 0 ? "A:" : "B:") + a.id() : a.id();
    }
}

package org.recourse.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Scores the coder against gold passages: for each field the suggested and gold values are
 * compared as sets per passage. {@code core} pools violation, perpetrator and location types,
 * the figure the targets are set on.
 */
public final class CodingEvaluation {

    public static final List<String> FIELDS = List.of("violations", "perpetrators", "locations", "responses", "periods",
            "victims", "interviewee_count", "core");

    private CodingEvaluation() {
    }

    /** One passage where the coder and the gold disagree on a field. */
    public record Miss(String id, String field, Set<String> missing, Set<String> spurious) {
    }

    /** Scores per language group that has passages (and {@code all}) and field, and every disagreement. */
    public record Report(List<FieldScore> scores, List<Miss> misses) {

        public Optional<FieldScore> score(String language, String field) {
            return scores.stream().filter(s -> s.language().equals(language) && s.field().equals(field)).findFirst();
        }
    }

    public static Report evaluate(TestimonyCoder coder, List<GoldPassage> passages) {
        Map<String, Map<String, Counts>> byLanguage = new HashMap<>();
        List<Miss> misses = new ArrayList<>();
        for (GoldPassage g : passages) {
            CodingResult got = coder.code(g.text(), g.language());
            for (String field : FIELDS) {
                Set<String> want = values(g.gold(), field);
                Set<String> have = values(got, field);
                for (String lang : List.of(got.language(), "all")) {
                    byLanguage.computeIfAbsent(lang, k -> new HashMap<>()).computeIfAbsent(field, k -> new Counts())
                            .add(want, have);
                }
                if (!want.equals(have) && !field.equals("core")) {
                    misses.add(new Miss(g.id(), field, minus(want, have), minus(have, want)));
                }
            }
        }
        List<FieldScore> scores = new ArrayList<>();
        // A language without passages has no score (not a perfect one); "all" is always there.
        for (String lang : List.of("en", "ko", "all")) {
            if (byLanguage.containsKey(lang) || lang.equals("all")) {
                Map<String, Counts> fields = byLanguage.getOrDefault(lang, Map.of());
                FIELDS.forEach(f -> scores.add(fields.getOrDefault(f, new Counts()).score(lang, f)));
            }
        }
        return new Report(scores, misses);
    }

    static Set<String> values(CodingResult r, String field) {
        Function<List<String>, Set<String>> set = LinkedHashSet::new;
        return switch (field) {
            case "violations" -> set.apply(r.violations());
            case "perpetrators" -> set.apply(r.perpetrators());
            case "locations" -> set.apply(r.locations());
            case "responses" -> set.apply(r.responses());
            case "periods" -> set.apply(r.periods().stream().map(p -> p.from() + ".." + p.to()).toList());
            case "victims" -> set.apply(r.victims().stream().map(VictimDescriptor::asValue).toList());
            case "interviewee_count" -> set.apply(r.intervieweeCount().map(n -> List.of(n.toString())).orElse(List.of()));
            case "core" -> set.apply(concat(prefixed("v:", r.violations()), prefixed("p:", r.perpetrators()),
                    prefixed("l:", r.locations())));
            default -> throw new IllegalArgumentException("no field " + field);
        };
    }

    private static List<String> prefixed(String prefix, List<String> values) {
        return values.stream().map(v -> prefix + v).toList();
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        List<String> out = new ArrayList<>();
        for (List<String> l : lists) {
            out.addAll(l);
        }
        return out;
    }

    private static Set<String> minus(Set<String> a, Set<String> b) {
        Set<String> out = new LinkedHashSet<>(a);
        out.removeAll(b);
        return out;
    }

    /** Pooled counts plus per-label counts for the macro average. */
    private static final class Counts {
        int tp;
        int fp;
        int fn;
        final Map<String, int[]> perLabel = new HashMap<>();

        void add(Set<String> want, Set<String> have) {
            for (String v : have) {
                boolean hit = want.contains(v);
                tp += hit ? 1 : 0;
                fp += hit ? 0 : 1;
                perLabel.computeIfAbsent(v, k -> new int[3])[hit ? 0 : 1]++;
            }
            for (String v : want) {
                if (!have.contains(v)) {
                    fn++;
                    perLabel.computeIfAbsent(v, k -> new int[3])[2]++;
                }
            }
        }

        FieldScore score(String lang, String field) {
            double macro = perLabel.values().stream()
                    .mapToDouble(c -> new FieldScore(lang, field, c[0], c[1], c[2], 0).f1()).average().orElse(1.0);
            return new FieldScore(lang, field, tp, fp, fn, macro);
        }
    }
}

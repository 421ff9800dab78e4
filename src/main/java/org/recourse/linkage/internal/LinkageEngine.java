package org.recourse.linkage.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.recourse.shared.Background;

/**
 * One linkage run: field types, comparisons, blocking, u from random pairs, m by EM,
 * scoring, clustering. Each step is its own class; this one only puts them in order.
 */
public final class LinkageEngine {

    private static final int MAX_BLOCK = 100;
    private static final int MAX_RULES = 6;
    private static final long SEED = 20261123L;
    /** A level's u of at most this many times the field's smallest (one pair) is at the random pairs' resolution. */
    static final double RARE = 5;

    public EngineResult run(Dataset data, EngineSettings settings) {
        long start = System.nanoTime();
        List<FieldPlan> plans = plan(data, settings.fieldTypes());
        List<Comparison> comparisons = comparisons(data, plans);
        // u from random pairs needs only the comparisons: counted on the other core while the
        // blocking rules are chosen and applied (the same seed and pairs, so the same counts).
        CompletableFuture<double[][]> u = settings.fixedModel() ? null
                : CompletableFuture.supplyAsync(() -> RandomPairs.u(data, comparisons, samples(data), SEED));
        Blocker blocker = new Blocker(data, MAX_BLOCK);
        List<BlockingKey> rules = rules(data, settings, plans, blocker);
        LongHashSet withinFiles = data.linkage() && !settings.oneToOne() ? new LongHashSet() : null;
        Blocker.Candidates candidates = blocker.candidates(rules, withinFiles);
        long[] pairs = candidates.pairs();
        long blocked = System.nanoTime();
        ComparisonVectors vectors = new ComparisonVectors(comparisons, pairs);
        long compared = System.nanoTime();
        Parameters parameters = settings.fixedModel() ? FixedModel.parameters(data, comparisons)
                : estimate(data, comparisons, vectors.histogram(candidates.rules(), Math.min(8, Math.max(1, rules.size()))),
                        forced(rules, comparisons), Background.await(u, "linkage"), pairs.length, primary(plans, data.size()),
                        settings.threshold());
        Scorer scorer = new Scorer(comparisons, parameters, data.size());
        long estimated = System.nanoTime();
        float[] probability = new float[pairs.length];
        IntStream.range(0, pairs.length).parallel().forEach(p ->
                probability[p] = (float) Scorer.sigmoid(scorer.logOdds(vectors, p, (int) (pairs[p] >>> 32))));
        long scored = System.nanoTime();
        boolean oneToOne = settings.oneToOne() || withinFiles != null
                && DuplicateFreeCheck.bothFilesDuplicateFree(data, withinFiles.toArray(), scorer, settings.threshold());
        // Asked for one-to-one: strictly so. Found one-to-one: a file's few duplicates may share a partner.
        int[] clusters = new Clusterer(data, scorer, settings.threshold())
                .cluster(pairs, probability, settings.threshold(), oneToOne, !settings.oneToOne());
        int reported = 0;
        for (float p : probability) {
            reported += p >= settings.reportFloor() ? 1 : 0;
        }
        long[] reportedPairs = new long[reported];
        float[] reportedProbability = new float[reported];
        for (int p = 0, k = 0; p < pairs.length; p++) {
            if (probability[p] >= settings.reportFloor()) {
                reportedPairs[k] = pairs[p];
                reportedProbability[k++] = probability[p];
            }
        }
        return new EngineResult(reportedPairs, reportedProbability, clusters, scorer, comparisons,
                plans.stream().map(p -> p.field() + " " + p.type().name().toLowerCase()).toList(),
                rules.stream().map(BlockingKey::name).toList(), pairs.length, seconds(start, blocked),
                seconds(blocked, compared) + seconds(estimated, scored), seconds(start, System.nanoTime()));
    }

    /** Each field's type (profiled from its values unless given) and counts, the fields profiled in parallel. */
    private static List<FieldPlan> plan(Dataset data, Map<String, FieldType> given) {
        return data.fields().parallelStream().map(field -> {
            String[] column = data.column(field);
            FieldType type = given.containsKey(field) ? given.get(field) : FieldProfiler.profile(column);
            if (type == FieldType.IGNORE) {
                return null;
            }
            int distinct = distinct(data, column);
            int pooled = data.linkage() ? distinct(column, 0, column.length) : distinct;
            return new FieldPlan(field, type, distinct, present(column), pooled);
        }).filter(Objects::nonNull).toList();
    }

    /** The comparison of each planned field, in plan order, made in parallel. */
    private static List<Comparison> comparisons(Dataset data, List<FieldPlan> plans) {
        return plans.parallelStream().map(p -> Comparisons.of(p.field(), p.type(), data.column(p.field()))).toList();
    }

    private static List<BlockingKey> rules(Dataset data, EngineSettings settings, List<FieldPlan> plans, Blocker blocker) {
        if (!settings.blockingRules().isEmpty()) {
            return settings.blockingRules().stream().map(rule -> rule.stream()
                    .map(spec -> BlockingKeys.key(spec.substring(0, spec.lastIndexOf(':')),
                            spec.substring(spec.lastIndexOf(':') + 1),
                            data.column(spec.substring(0, spec.lastIndexOf(':')))))
                    .reduce(BlockingKey::and).orElseThrow()).toList();
        }
        long perRule = Math.max(50_000L, 10L * data.size());
        return new BlockingPlanner(data, blocker, perRule, MAX_RULES).plan(plans);
    }

    /**
     * The record's primary name: the name or text field present in nearly every record whose
     * values are the most distinct within their source (a paper's title, a product's
     * description); the first such field of a type on a tie; -1 when none is. A field profiled as a name
     * goes before free text that is barely more distinct ({@link #NAME_BEFORE_TEXT}): a
     * restaurant's address can have a few more values than its name, yet the restaurants of one
     * hotel share it, and capping the address's disagreement among matches then makes "same
     * address" the match.
     */
    static int primary(List<FieldPlan> plans, int records) {
        int best = mostDistinct(plans, records, FieldType.TEXT);
        int name = mostDistinct(plans, records, FieldType.NAME);
        boolean nameFirst = name >= 0 && (best < 0 || plans.get(name).distinct() >= NAME_BEFORE_TEXT * plans.get(best).distinct());
        return nameFirst ? name : best;
    }

    /** A name at least this share as distinct as the most distinct text is the primary name (see {@link #primary}). */
    static final double NAME_BEFORE_TEXT = 0.9;

    private static int mostDistinct(List<FieldPlan> plans, int records, FieldType type) {
        int best = -1;
        for (int f = 0; f < plans.size(); f++) {
            FieldPlan p = plans.get(f);
            if (p.type() == type && p.present() >= 0.9 * records
                    && (best < 0 || p.distinct() > plans.get(best).distinct())) {
                best = f;
            }
        }
        return best;
    }

    /** Random pairs drawn for u: twice the records, at least 50,000, at most 500,000. */
    private static int samples(Dataset data) {
        return (int) Math.min(500_000, Math.max(50_000, 2L * data.size()));
    }

    /**
     * For each rule, the fields its keys are made of; rules past the eighth share the last row,
     * as they share a tag in {@link Blocker.Candidates}.
     */
    static boolean[][] forced(List<BlockingKey> rules, List<Comparison> comparisons) {
        boolean[][] forced = new boolean[Math.min(8, Math.max(1, rules.size()))][comparisons.size()];
        for (int r = 0; r < rules.size(); r++) {
            for (int f = 0; f < comparisons.size(); f++) {
                forced[Math.min(r, 7)][f] |= rules.get(r).fields().contains(comparisons.get(f).field());
            }
        }
        return forced;
    }

    private static Parameters estimate(Dataset data, List<Comparison> comparisons,
            Map<ComparisonVectors.Pattern, long[]> histogram, boolean[][] forced, double[][] u, int pairs, int primary,
            double threshold) {
        int[] levels = comparisons.stream().mapToInt(Comparison::levels).toArray();
        double all = data.linkage() ? (double) data.leftSize() * (data.size() - data.leftSize())
                : data.size() * (data.size() - 1.0) / 2.0;
        double share = pairs / Math.max(1.0, all);
        Map<ComparisonVectors.Pattern, long[]> summed = summed(histogram);
        Parameters pooled = Em.estimate(summed, levels, u, share, primary);
        Parameters fitted = agreementCountsAgainstMatch(pooled, u) ? Em.estimate(histogram, levels, u, share, primary, forced) : pooled;
        double logit = Math.log(threshold / (1 - threshold));
        return highestLogOdds(fitted, comparisons, data.size()) < logit ? rareLevelsFromCandidates(fitted, summed, all) : fitted;
    }

    /**
     * The largest log odds any pair could reach under the model: the prior plus each field's
     * largest weight (an exact agreement with term-frequency adjustment at its rarest value).
     */
    static double highestLogOdds(Parameters p, List<Comparison> comparisons, int records) {
        double w = p.priorLogOdds();
        for (int f = 0; f < comparisons.size(); f++) {
            double best = 0;
            for (int l = 1; l < p.m()[f].length; l++) {
                best = Math.max(best, p.weight(f, l));
            }
            if (comparisons.get(f).termFrequency() && p.m()[f].length > 1) {
                best = Math.max(best, Math.log(p.m()[f][1] * records));
            }
            w += best;
        }
        return w;
    }

    /**
     * A model under which no pair at all could reach the threshold has not learnt what a match
     * looks like, it has met the resolution of its random pairs: a level seen in none or a
     * handful of them (a long title nearly equal, where the other file appends the year; the
     * few it has are often true matches drawn by chance) gets u of about one pair in the
     * sample, which caps the field's Bayes factor near the sample size, while the prior of all
     * pairs of two large files needs more than that from a file with one comparable field.
     * Then such a level's u (at most {@link #RARE} times the field's smallest) is estimated
     * from the candidates instead, when that is smaller: its non-match pairs among them (by
     * the posterior of the model as it scores, at least one pair) out of all pairs, since pairs that nearly agree
     * on the blocked-on field are nearly all candidates. Other levels keep their u, and a model
     * under which some pair can reach the threshold is left as it is.
     */
    static Parameters rareLevelsFromCandidates(Parameters p, Map<ComparisonVectors.Pattern, long[]> summed, double allPairs) {
        double[][] m = p.m();
        double[][] u = p.u();
        int fields = m.length;
        double[][] nonMatches = new double[fields][];
        for (int f = 0; f < fields; f++) {
            nonMatches[f] = new double[m[f].length];
        }
        double priorLogit = p.priorLogOdds();
        summed.forEach((pattern, counts) -> {
            byte[] levels = pattern.levels();
            double logOdds = priorLogit;
            for (int f = 0; f < fields; f++) {
                logOdds += p.weight(f, levels[f]);
            }
            double nonMatch = counts[0] / (1.0 + Math.exp(logOdds));
            for (int f = 0; f < fields; f++) {
                nonMatches[f][levels[f]] += nonMatch;
            }
        });
        double[][] adjusted = new double[fields][];
        for (int f = 0; f < fields; f++) {
            adjusted[f] = u[f].clone();
            double smallest = Double.MAX_VALUE;
            for (int l = 1; l < u[f].length; l++) {
                smallest = Math.min(smallest, u[f][l]);
            }
            for (int l = 1; l < u[f].length; l++) {
                if (u[f][l] <= RARE * smallest * (1 + 1e-9)) {
                    adjusted[f][l] = Math.min(u[f][l], Math.max(1.0, nonMatches[f][l]) / Math.max(1.0, allPairs));
                }
            }
        }
        return new Parameters(m, adjusted, p.lambda(), p.priorLogOdds(), p.iterations());
    }

    /**
     * Whether EM learnt that exact agreement on some field makes a match less likely than
     * chance (its m below the u of random pairs): never true of a field that identifies
     * anyone, so EM has found the wrong class, typically pairs that agree on what blocking
     * made them share (the same first name and birth month in a register with few names).
     * Then the model is fitted again with one non-match distribution per blocking rule.
     */
    static boolean agreementCountsAgainstMatch(Parameters p, double[][] u) {
        for (int f = 0; f < u.length; f++) {
            if (u[f].length > 2 && p.m()[f][1] < u[f][1]) {
                return true;
            }
        }
        return false;
    }

    private static Map<ComparisonVectors.Pattern, long[]> summed(Map<ComparisonVectors.Pattern, long[]> histogram) {
        Map<ComparisonVectors.Pattern, long[]> summed = new java.util.HashMap<>();
        histogram.forEach((pattern, counts) -> {
            long n = 0;
            for (long c : counts) {
                n += c;
            }
            summed.put(pattern, new long[] {n});
        });
        return summed;
    }

    /**
     * Distinct values within each source, summed: in a linkage the field that agrees across
     * the two files (a country's name in both) must not lose to one whose sources format it
     * differently ("Nassau" and "Nassau, Bahamas"), which the union would count twice.
     */
    private static int distinct(Dataset data, String[] column) {
        int left = data.linkage() ? data.leftSize() : column.length;
        return distinct(column, 0, left) + distinct(column, left, column.length);
    }

    private static int distinct(String[] column, int from, int to) {
        HashSet<String> set = new HashSet<>();
        for (int i = from; i < to; i++) {
            if (column[i] != null) {
                set.add(column[i]);
            }
        }
        return set.size();
    }

    private static int present(String[] column) {
        int n = 0;
        for (String v : column) {
            n += v == null ? 0 : 1;
        }
        return n;
    }

    private static double seconds(long from, long to) {
        return (to - from) / 1e9;
    }
}

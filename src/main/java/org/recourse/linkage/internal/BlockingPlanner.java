package org.recourse.linkage.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Chooses blocking rules from the data, without labels. Every identifying field (names,
 * codes, dates, text) gets its own rule so that an error in one field is caught by the rule
 * on another (the union of rules is what recall depends on, as in Splink's blocking
 * practice). For each field the most error-tolerant key whose blocks stay small is taken;
 * when even the strictest key leaves blocks too large ("kim" among a million Koreans), it is
 * combined with the coarsest other field that makes it small enough (surname and province).
 */
public final class BlockingPlanner {

    private final Dataset data;
    private final Blocker blocker;
    private final long perRuleBudget;
    private final int maxRules;

    public BlockingPlanner(Dataset data, Blocker blocker, long perRuleBudget, int maxRules) {
        this.data = data;
        this.blocker = blocker;
        this.perRuleBudget = perRuleBudget;
        this.maxRules = maxRules;
    }

    public List<BlockingKey> plan(List<FieldPlan> fields) {
        List<FieldPlan> candidates = fields.stream()
                .filter(f -> !BlockingKeys.primaryKinds(f.type()).isEmpty())
                .sorted(Comparator.comparingInt(FieldPlan::distinct).reversed())
                .toList();
        List<BlockingKey> rules = new ArrayList<>();
        for (FieldPlan f : candidates) {
            if (f.identifying() && rules.size() < maxRules) {
                List<String> kinds = BlockingKeys.primaryKinds(f.type());
                pickSingle(f, kinds).or(() -> pickCombined(keys(f, kinds), f, fields)).ifPresent(rules::add);
            }
        }
        // Fields whose values repeat a lot (names in a large population, cities) are blocked on
        // only when the identifying fields gave too few rules, and then always in combination:
        // alone they make large blocks of non-matches that mislead EM.
        boolean fewIdentifying = rules.size() < 2;
        for (FieldPlan f : candidates) {
            if (!f.identifying() && fewIdentifying && rules.size() < maxRules) {
                pickCombined(keys(f, BlockingKeys.primaryKinds(f.type())), f, fields).ifPresent(rules::add);
            }
        }
        return rules;
    }

    private List<BlockingKey> partners(FieldPlan self, List<FieldPlan> fields) {
        List<BlockingKey> partners = new ArrayList<>();
        fields.stream()
                .filter(f -> !f.field().equals(self.field()))
                .sorted(Comparator.comparingInt(FieldPlan::distinct))
                .forEach(f -> partners.addAll(keys(f, BlockingKeys.refiningKinds(f.type()))));
        return partners;
    }

    private final java.util.Map<String, BlockingKey> cache = new java.util.HashMap<>();

    private List<BlockingKey> keys(FieldPlan f, List<String> kinds) {
        return kinds.stream().map(k -> key(f, k)).toList();
    }

    private BlockingKey key(FieldPlan f, String kind) {
        return cache.computeIfAbsent(f.field() + ":" + kind, x -> BlockingKeys.key(f.field(), kind, data.column(f.field())));
    }

    /** The first kind whose blocks fit; later kinds are not even computed (a stream is lazy). */
    private Optional<BlockingKey> pickSingle(FieldPlan f, List<String> kinds) {
        return kinds.stream().map(k -> key(f, k)).filter(this::fits).findFirst();
    }

    private Optional<BlockingKey> pickCombined(List<BlockingKey> own, FieldPlan self, List<FieldPlan> fields) {
        List<BlockingKey> partners = partners(self, fields);
        for (BlockingKey key : own) {
            for (BlockingKey partner : partners) {
                BlockingKey combined = key.and(partner);
                if (fits(combined)) {
                    return Optional.of(combined);
                }
            }
        }
        return Optional.empty();
    }

    private boolean fits(BlockingKey key) {
        Blocker.Stats s = blocker.stats(key);
        return s.pairs() > 0 && s.pairs() <= perRuleBudget && s.dropped() <= 0.2;
    }
}

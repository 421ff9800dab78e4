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

    /** Records each record of an oversized block is compared with, itself included (see {@link BlockingKey#window}). */
    static final int WINDOW = 10;

    /** Below this share of keyed records, repeating fields are blocked on too. */
    static final double KEYED = 0.9;

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
                // A field whose values recur across the files (copies in both) has blocks over
                // the cap because copies are many: windowed, as deduplicating both files as one
                // would, rather than combined with a field the copies often lack or write
                // differently (a year) or left alone with its largest blocks, the most-copied
                // entities, dropped. A windowed rule pairs blocks within the cap in full.
                (f.repeatsAcrossFiles()
                        ? pickWindowed(f, kinds).or(() -> pickCombined(keys(f, kinds), f, fields))
                        : pickSingle(f, kinds).or(() -> pickCombined(keys(f, kinds), f, fields)).or(() -> pickWindowed(f, kinds)))
                        .ifPresent(rules::add);
            }
        }
        // Fields whose values repeat a lot (names in a large population, cities) are blocked on
        // only when the identifying fields gave too few rules, and then always in combination:
        // alone they make large blocks of non-matches that mislead EM. They are also blocked on
        // when the rules so far leave many records without any key (the identifying fields are
        // often missing, and a record without a key is compared with nothing), until most are
        // keyed; values repeat there because true copies are many (a paper cited hundreds of
        // times), so a field whose blocks stay too large even combined is windowed.
        boolean fewIdentifying = rules.size() < 2;
        for (FieldPlan f : candidates) {
            if (!f.identifying() && rules.size() < maxRules) {
                List<String> kinds = BlockingKeys.primaryKinds(f.type());
                if (fewIdentifying) {
                    pickCombined(keys(f, kinds), f, fields).ifPresent(rules::add);
                } else if (keyedShare(rules) < KEYED) {
                    pickWindowed(f, kinds).or(() -> pickCombined(keys(f, kinds), f, fields)).ifPresent(rules::add);
                }
            }
        }
        return rules;
    }

    /** The share of records that have a key under at least one of the rules. */
    double keyedShare(List<BlockingKey> rules) {
        int keyed = 0;
        for (int r = 0; r < data.size(); r++) {
            for (BlockingKey rule : rules) {
                if (rule.keys().apply(r).length > 0) {
                    keyed++;
                    break;
                }
            }
        }
        return data.size() == 0 ? 1.0 : keyed / (double) data.size();
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

    /**
     * When no key of the field fits, not even combined with another field, its blocks are too
     * large because many records share its values: common values, or true copies in their
     * hundreds (a much-cited paper). Then the first kind whose blocks, sorted and paired within
     * a window, stay within the budget; the other fields' rules are not enough to catch what
     * dropping those blocks would lose.
     */
    private Optional<BlockingKey> pickWindowed(FieldPlan f, List<String> kinds) {
        return kinds.stream().map(k -> key(f, k).windowed(WINDOW)).filter(this::fits).findFirst();
    }

    private boolean fits(BlockingKey key) {
        Blocker.Stats s = blocker.stats(key);
        return s.pairs() > 0 && s.pairs() <= perRuleBudget && s.dropped() <= 0.2;
    }
}

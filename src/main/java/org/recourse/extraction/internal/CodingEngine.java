package org.recourse.extraction.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.recourse.extraction.CodingResult;
import org.recourse.extraction.ExtractionTerm;
import org.recourse.extraction.Period;
import org.recourse.extraction.Suggestion;
import org.recourse.extraction.SuggestionKind;
import org.recourse.extraction.VictimDescriptor;

/**
 * Runs the rules over one passage: find terms, keep those the text asserts, keep perpetrators
 * only as agents, then periods, victims and the sample size. Linear in the passage length.
 */
public final class CodingEngine {

    private final TermIndex index;

    public CodingEngine(List<ExtractionTerm> terms) {
        this.index = new TermIndex(terms);
    }

    public CodingResult code(String text, String language) {
        if (text.isBlank()) {
            return CodingResult.empty(language);
        }
        Passage p = new Passage(text);
        List<TermMatch> asserted = index.find(text, p.tokens).stream()
                .filter(m -> m.scheme().equals("perpetrator") || Assertion.asserted(p, m)).toList();
        List<TermMatch> violations = asserted.stream().filter(m -> m.scheme().equals("violation")).toList();
        List<Suggestion> out = new ArrayList<>();
        for (TermMatch m : asserted) {
            if (!m.scheme().equals("perpetrator") || isAgent(p, m, violations)) {
                out.add(suggestion(p, SuggestionKind.valueOf(m.scheme().toUpperCase(java.util.Locale.ROOT)), m.code(),
                        m.start(), m.end()));
            }
        }
        List<Found<Period>> periods = Periods.find(text);
        periods.forEach(f -> out.add(suggestion(p, SuggestionKind.PERIOD, f.value().from() + ".." + f.value().to(),
                f.start(), f.end())));
        Optional<Found<Integer>> sample = Interviewees.find(p);
        sample.ifPresent(f -> out.add(suggestion(p, SuggestionKind.INTERVIEWEE_COUNT, f.value().toString(), f.start(), f.end())));
        List<VictimDescriptor> victims = victims(p, violations, sample.orElse(null), out);
        return new CodingResult(language, codes(out, SuggestionKind.VIOLATION), codes(out, SuggestionKind.PERPETRATOR),
                codes(out, SuggestionKind.LOCATION), codes(out, SuggestionKind.RESPONSE), distinct(periods), victims,
                sample.map(Found::value), out);
    }

    /**
     * Perpetrators are not themselves negated or hedged ("I don't think the guards ever beat
     * us, but they insulted us"): the violations they are agents of are.
     */
    private static boolean isAgent(Passage p, TermMatch m, List<TermMatch> violations) {
        if (sameSpanAsViolation(m, violations)) {
            return true;
        }
        if (m.embedded()) {
            return Roles.anyInSentence(p, m.start(), violations);
        }
        return Roles.roleOf(p, m.start(), m.end(), violations) == Roles.Role.AGENT;
    }

    /** A phrase that names both the act and its doer ({@code 돈 주고 샀}, "bought her"). */
    private static boolean sameSpanAsViolation(TermMatch m, List<TermMatch> violations) {
        int i = Roles.firstAtOrAfter(violations, m.start());
        return i < violations.size() && violations.get(i).start() == m.start() && violations.get(i).end() == m.end();
    }

    private static List<VictimDescriptor> victims(Passage p, List<TermMatch> violations, Found<Integer> sample,
            List<Suggestion> out) {
        List<Found<VictimDescriptor>> found = Victims.find(p, violations, sample);
        found.forEach(f -> out.add(suggestion(p, SuggestionKind.VICTIM, f.value().asValue(), f.start(), f.end())));
        LinkedHashSet<VictimDescriptor> set = new LinkedHashSet<>();
        found.forEach(f -> set.add(f.value()));
        set.removeIf(v -> v.ageBand().isEmpty() && set.stream()
                .anyMatch(o -> o.ageBand().isPresent() && o.gender().equals(v.gender())));
        return List.copyOf(set);
    }

    private static Suggestion suggestion(Passage p, SuggestionKind kind, String value, int start, int end) {
        return new Suggestion(kind, value, start, end, p.text.substring(start, end));
    }

    private static List<String> codes(List<Suggestion> all, SuggestionKind kind) {
        return all.stream().filter(s -> s.kind() == kind).map(Suggestion::value).distinct().toList();
    }

    private static List<Period> distinct(List<Found<Period>> found) {
        Map<String, Period> byYears = new LinkedHashMap<>();
        found.forEach(f -> byYears.putIfAbsent(f.value().from() + ".." + f.value().to(), f.value()));
        return List.copyOf(byYears.values());
    }
}

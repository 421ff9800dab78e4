package org.recourse.extraction;

import java.util.List;
import java.util.Optional;

/**
 * Everything suggested for one passage: the distinct codes per field (in order of first
 * appearance) and every suggestion with its span, for a reader that shows them beside the text.
 */
public record CodingResult(
        String language,
        List<String> violations,
        List<String> perpetrators,
        List<String> locations,
        List<String> responses,
        List<Period> periods,
        List<VictimDescriptor> victims,
        Optional<Integer> intervieweeCount,
        List<Suggestion> suggestions) {

    public CodingResult {
        violations = List.copyOf(violations);
        perpetrators = List.copyOf(perpetrators);
        locations = List.copyOf(locations);
        responses = List.copyOf(responses);
        periods = List.copyOf(periods);
        victims = List.copyOf(victims);
        suggestions = List.copyOf(suggestions);
    }

    public static CodingResult empty(String language) {
        return new CodingResult(language, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                Optional.empty(), List.of());
    }
}

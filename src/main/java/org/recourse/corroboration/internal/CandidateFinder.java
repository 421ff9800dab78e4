package org.recourse.corroboration.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.recourse.corroboration.Candidate;
import org.recourse.corroboration.Evidence;
import org.recourse.corroboration.LinkKind;
import org.recourse.linkage.CandidatePair;
import org.recourse.linkage.LinkResult;
import org.recourse.linkage.Linker;
import org.springframework.stereotype.Component;

/**
 * Runs the linker over all persons or all incidents and keeps the pairs worth reviewing: two
 * persons told of by different sources, two incidents not told by exactly the same sources
 * (one source telling an event twice is a coding matter, not corroboration).
 */
@Component
public class CandidateFinder {

    private final Linker linker;
    private final PersonSubjects persons;
    private final IncidentSubjects incidents;

    CandidateFinder(Linker linker, PersonSubjects persons, IncidentSubjects incidents) {
        this.linker = linker;
        this.persons = persons;
        this.incidents = incidents;
    }

    /** Candidates best first, without the pairs in {@code decided} (keys from {@link #key}). */
    public List<Candidate> find(LinkKind kind, Set<String> decided) {
        List<Subject> subjects = kind == LinkKind.PERSON ? persons.all() : incidents.all();
        if (subjects.size() < 2) {
            return List.of();
        }
        Map<String, Subject> byId = subjects.stream().collect(Collectors.toMap(Subject::id, Function.identity()));
        LinkResult result = linker.deduplicate(subjects.stream().map(Subject::record).toList(), LinkSettings.options(kind));
        return result.pairs().stream()
                .filter(p -> worthReview(kind, byId.get(p.left()), byId.get(p.right())))
                .map(p -> candidate(kind, p))
                .filter(c -> !decided.contains(key(c.left(), c.right())))
                .toList();
    }

    public static String key(String a, String b) {
        return a.compareTo(b) <= 0 ? a + "|" + b : b + "|" + a;
    }

    private static boolean worthReview(LinkKind kind, Subject a, Subject b) {
        return kind == LinkKind.PERSON ? a.crossesSourcesWith(b) : !a.sources().equals(b.sources());
    }

    private static Candidate candidate(LinkKind kind, CandidatePair p) {
        boolean ordered = p.left().compareTo(p.right()) <= 0;
        List<Evidence> evidence = p.evidence().stream().map(e -> new Evidence(e.field(), e.level(), e.weight())).toList();
        return new Candidate(kind, ordered ? p.left() : p.right(), ordered ? p.right() : p.left(), p.probability(),
                evidence);
    }
}
